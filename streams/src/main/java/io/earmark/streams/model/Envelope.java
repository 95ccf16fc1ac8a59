package io.earmark.streams.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A payload with the channel it came through: {@code funds:3} for partition 3 of the funds topic, {@code owner:1}
 * for task 1 of the owner stage. Watermarks are tracked per channel.
 */
public record Envelope(String channel, Payload payload) {

    @JsonIgnore
    public long eventTime() {
        return payload.eventTime();
    }

    @JsonIgnore
    public boolean isWatermark() {
        return payload instanceof Watermark || payload instanceof Promise;
    }
}
