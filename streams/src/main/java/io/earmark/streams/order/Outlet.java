package io.earmark.streams.order;

import io.earmark.streams.model.Envelope;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a stage ordered by place ({@link PlaceOrder}) sends on one layer: the channel name its items and promises carry
 * ({@code source:partition}), the layer, the layers of the items whose application makes them, and where its
 * promises go. Its promise is the lowest of what those items' inlets promised and of those items still waiting,
 * moved to its own layer.
 */
public record Outlet(String source, int layer, Set<Integer> fromLayers, Consumer<Envelope> promises) {

    public Outlet {
        fromLayers = Set.copyOf(fromLayers);
    }
}
