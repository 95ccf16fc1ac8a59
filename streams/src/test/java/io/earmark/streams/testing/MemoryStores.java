package io.earmark.streams.testing;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/** Initialised in-memory key-value stores (no changelog, no cache) for tests of the classes built on stores. */
public final class MemoryStores {

    private MemoryStores() {
    }

    public static <V> KeyValueStore<String, V> of(String name, Serde<V> values) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
                Serdes.String(), values).withLoggingDisabled().withCachingDisabled().build();
        return init(store);
    }

    public static <S extends StateStore> S init(S store) {
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        return store;
    }
}
