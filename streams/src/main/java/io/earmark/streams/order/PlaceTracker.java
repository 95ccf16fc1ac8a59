package io.earmark.streams.order;

import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.Place;
import io.earmark.streams.model.Promise;
import io.earmark.streams.model.Watermark;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * How far each input channel of a stage ordered by place has come: the place below which it has sent everything. A
 * watermark at T says everything through T; a promise says everything below its place; an item says what its
 * {@link Inlet} says. The promises and watermarks are kept in the store (as the promise envelopes), so that a task
 * restarted knows them; what items said is learnt again from the items.
 */
final class PlaceTracker {

    private final KeyValueStore<String, Envelope> store;
    private final Map<String, Inlet> inletOf = new HashMap<>();
    private final Map<String, Place> below = new HashMap<>();

    PlaceTracker(KeyValueStore<String, Envelope> store, List<Inlet> inlets) {
        this.store = store;
        for (Inlet inlet : inlets) {
            inlet.channels().forEach(channel -> inletOf.put(channel, inlet));
        }
        try (var it = store.all()) {
            it.forEachRemaining(kv -> below.put(kv.key, promised(kv.value)));
        }
    }

    Inlet inletOf(String channel) {
        Inlet inlet = inletOf.get(channel);
        if (inlet == null) {
            throw new IllegalStateException("no inlet expects channel " + channel);
        }
        return inlet;
    }

    /** Records what {@code envelope} says about its channel. */
    void observe(Envelope envelope) {
        Place promised = envelope.isWatermark() ? promised(envelope) : byItem(envelope);
        if (promised == null) {
            return;
        }
        Place current = below.get(envelope.channel());
        if (current != null && !promised.isAfter(current)) {
            return;
        }
        below.put(envelope.channel(), promised);
        if (envelope.isWatermark()) {
            store.put(envelope.channel(), envelope);
        }
    }

    private Place byItem(Envelope item) {
        Inlet inlet = inletOf(item.channel());
        return switch (inlet.promises()) {
            case BY_TIME -> Place.start(item.eventTime());
            case BY_PLACE -> Place.of(item.payload(), inlet.layer());
            case NONE -> null;
        };
    }

    private static Place promised(Envelope mark) {
        if (mark.payload() instanceof Promise promise) {
            return promise.place();
        }
        long through = ((Watermark) mark.payload()).eventTime();
        return Place.start(through + 1);
    }

    /** The place below which every one of {@code channels} has sent everything; {@link Place#BOTTOM} if one is unheard. */
    Place low(Collection<String> channels) {
        Place low = null;
        for (String channel : channels) {
            Place promised = below.get(channel);
            if (promised == null) {
                return Place.BOTTOM;
            }
            if (low == null || low.isAfter(promised)) {
                low = promised;
            }
        }
        return low == null ? Place.BOTTOM : low;
    }
}
