package io.earmark.streams.model;

/** One event an alert rests on: its id, the topic it came from, its event time. */
public record EvidenceRef(String eventId, String topic, long eventTime) {
}
