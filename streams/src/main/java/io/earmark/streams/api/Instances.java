package io.earmark.streams.api;

import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Where the pipeline's state lives, from Kafka Streams' interactive-query metadata. In: the running client and this
 * instance's own address ({@code application.server}). Out: the instance that owns a key of a store (its active
 * task), and every instance that holds part of a store. While a rebalance leaves the answer unknown, a 503.
 */
final class Instances {

    private final KafkaStreams streams;
    private final HostInfo self;

    Instances(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    HostInfo self() {
        return self;
    }

    boolean isSelf(HostInfo host) {
        return self.equals(host);
    }

    /** The owner of {@code key} in {@code store}: its host and the partition (task) that holds it. */
    KeyQueryMetadata ownerOf(String store, String key) {
        KeyQueryMetadata owner = queryable(() -> streams.queryMetadataForKey(store, key, Serdes.String().serializer()));
        if (owner == null || KeyQueryMetadata.NOT_AVAILABLE.equals(owner)) {
            throw ApiException.unavailable("the owner of '" + key + "' is not known yet (the pipeline is starting or "
                    + "rebalancing); try again");
        }
        return owner;
    }

    /** Every instance with a part of {@code store}; fails while none is known. */
    List<HostInfo> holding(String store) {
        List<HostInfo> hosts = queryable(() -> streams.streamsMetadataForStore(store)).stream()
                .map(StreamsMetadata::hostInfo).distinct().toList();
        if (hosts.isEmpty()) {
            throw ApiException.unavailable("no instance holds " + store + " yet (the pipeline is starting or "
                    + "rebalancing); try again");
        }
        return hosts;
    }

    /** Every instance with a part of any of {@code stores}, each once; fails while none is known for one of them. */
    List<HostInfo> holdingAny(List<String> stores) {
        return stores.stream().flatMap(store -> holding(store).stream()).distinct().toList();
    }

    /** Those of {@code stores} that this instance holds a part of (none while the metadata is not known yet). */
    List<String> heldHere(List<String> stores) {
        return stores.stream().filter(store -> queryable(() -> streams.streamsMetadataForStore(store)).stream()
                .anyMatch(m -> m.hostInfo().equals(self))).toList();
    }

    private static <T> T queryable(java.util.function.Supplier<T> query) {
        try {
            return query.get();
        } catch (org.apache.kafka.streams.errors.StreamsException | IllegalStateException e) {
            throw ApiException.unavailable("the pipeline cannot answer yet: " + e.getMessage());
        }
    }
}
