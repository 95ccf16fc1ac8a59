package io.earmark.streams.order;

import io.earmark.streams.model.Envelope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * How far each input channel of a stage task is complete, and the low watermark over the channels the task expects.
 * An event at time t means its channel is complete through t − 1 (more at t may follow); a watermark at T means
 * complete through T. A channel not heard from yet holds the low watermark at {@link Long#MIN_VALUE}.
 */
public final class WatermarkTracker {

    private final KeyValueStore<String, Long> store;
    private final List<String> expected;
    private final Map<String, Long> cache = new HashMap<>();

    public WatermarkTracker(KeyValueStore<String, Long> store, List<String> expectedChannels) {
        this.store = store;
        this.expected = List.copyOf(expectedChannels);
        try (var it = store.all()) {
            it.forEachRemaining(kv -> cache.put(kv.key, kv.value));
        }
    }

    /** Records what the envelope says about its channel; returns true when that channel moved forward. */
    public boolean observe(Envelope envelope) {
        long complete = envelope.isWatermark() ? envelope.eventTime() : envelope.eventTime() - 1;
        Long current = cache.get(envelope.channel());
        if (current != null && current >= complete) {
            return false;
        }
        cache.put(envelope.channel(), complete);
        if (envelope.isWatermark()) {
            store.put(envelope.channel(), complete);
        }
        return true;
    }

    /** The time through which every expected channel is complete. */
    public long low() {
        long low = Long.MAX_VALUE;
        for (String channel : expected) {
            Long complete = cache.get(channel);
            if (complete == null) {
                return Long.MIN_VALUE;
            }
            low = Math.min(low, complete);
        }
        return low;
    }

    public List<String> expected() {
        return expected;
    }
}
