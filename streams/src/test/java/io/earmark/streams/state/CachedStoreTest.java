package io.earmark.streams.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.streams.testing.MemoryStores;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

/** Decoded values between commits, and the store wrapper that writes them when Kafka Streams flushes for a commit. */
class CachedStoreTest {

    private final KeyValueStore<String, AssetRecord> inner = MemoryStores.of("assets", new JsonSerde<>(AssetRecord.class));

    private static AssetRecord record(String fundId) {
        AssetRecord record = new AssetRecord();
        record.fundId = fundId;
        record.seenEventIds.add("a1");
        return record;
    }

    @Test
    void shouldWriteChangesOnlyAtTheFlush() {
        CachedStore<AssetRecord> cached = new CachedStore<>(inner, 10, AssetRecord::copy);
        AssetRecord record = record("F1");
        cached.put("A1", record);
        assertThat(cached.get("A1")).isSameAs(record);
        assertThat(inner.get("A1")).isNull();
        cached.flush();
        assertThat(inner.get("A1").fundId).isEqualTo("F1");
    }

    @Test
    void shouldReadThroughToTheStoreAndForgetBeyondItsCapacity() {
        inner.put("A1", record("F1"));
        CachedStore<AssetRecord> cached = new CachedStore<>(inner, 1, AssetRecord::copy);
        AssetRecord first = cached.get("A1");
        assertThat(first.fundId).isEqualTo("F1");
        cached.put("A2", record("F2"));
        cached.flush();
        assertThat(cached.get("A1")).isNotSameAs(first).extracting(r -> r.fundId).isEqualTo("F1");
    }

    @Test
    void shouldKeepTheCollectionTypesThroughTheStore() {
        inner.put("A1", record("F1"));
        assertThat(inner.get("A1").seenEventIds).isInstanceOf(java.util.LinkedHashSet.class);
    }

    @Test
    void shouldRunTheProcessorsHookWhenTheTaskFlushesForACommit() {
        CommitFlushedStore<AssetRecord> flushed = MemoryStores.init(new CommitFlushedStore<>(
                org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(
                        org.apache.kafka.streams.state.Stores.inMemoryKeyValueStore("flushed"),
                        org.apache.kafka.common.serialization.Serdes.String(), new JsonSerde<>(AssetRecord.class))
                        .withLoggingDisabled().build()));
        AtomicInteger runs = new AtomicInteger();
        CommitFlushedStore.<AssetRecord>behind(flushed).beforeCommit(() -> {
            runs.incrementAndGet();
            flushed.put("A1", record("F1"));
        });
        flushed.flushCache();
        assertThat(runs).hasValue(1);
        assertThat(flushed.get("A1").fundId).isEqualTo("F1");
        assertThat(CommitFlushedStore.behind(inner)).isNull();
    }

    @Test
    void shouldTakeBackEveryChangeOfAFailedUnit() {
        // Given: A1 in the store, A2 put and not yet flushed, A3 unknown
        inner.put("A1", record("F1"));
        CachedStore<AssetRecord> cached = new CachedStore<>(inner, 10, AssetRecord::copy);
        cached.put("A2", record("F2"));

        // When: a unit changes A1 in place, replaces A2, creates A3, and is rolled back
        cached.begin();
        cached.get("A1").seenEventIds.add("a9");
        cached.put("A1", cached.get("A1"));
        cached.get("A2").fundId = "CHANGED";
        cached.put("A2", cached.get("A2"));
        cached.put("A3", record("F3"));
        cached.rollBack();
        cached.flush();

        // Then: the store holds what it would without the unit
        assertThat(inner.get("A1").seenEventIds).containsExactly("a1");
        assertThat(inner.get("A2").fundId).isEqualTo("F2");
        assertThat(inner.get("A3")).isNull();
        assertThat(cached.get("A3")).isNull();
        assertThat(cached.get("A1").seenEventIds).containsExactly("a1");
    }

    @Test
    void shouldKeepTheChangesOfASettledUnit() {
        inner.put("A1", record("F1"));
        CachedStore<AssetRecord> cached = new CachedStore<>(inner, 10, AssetRecord::copy);
        cached.begin();
        AssetRecord record = cached.get("A1");
        record.seenEventIds.add("a2");
        cached.put("A1", record);
        cached.settle();
        cached.begin();
        cached.get("A1").fundId = "LATER";
        cached.rollBack();
        cached.flush();
        assertThat(inner.get("A1").seenEventIds).containsExactly("a1", "a2");
        assertThat(inner.get("A1").fundId).isEqualTo("F1");
    }

    @Test
    void shouldCopyOnlyValuesChangedSinceTheLastFlush() {
        // Given: A1 in the store and read once (clean), A2 put since the last flush (dirty)
        inner.put("A1", record("F1"));
        AtomicInteger copies = new AtomicInteger();
        CachedStore<AssetRecord> cached = new CachedStore<>(inner, 10, value -> {
            copies.incrementAndGet();
            return value.copy();
        });
        AssetRecord clean = cached.get("A1");
        cached.put("A2", record("F2"));

        // When: a unit changes both in place and is rolled back
        cached.begin();
        cached.get("A1").fundId = "CHANGED";
        cached.put("A1", cached.get("A1"));
        cached.get("A2").fundId = "CHANGED";
        cached.put("A2", cached.get("A2"));
        cached.rollBack();

        // Then: only the dirty value was copied; the clean one is decoded from the store again
        assertThat(copies).hasValue(1);
        assertThat(cached.get("A1")).isNotSameAs(clean).extracting(r -> r.fundId).isEqualTo("F1");
        assertThat(cached.get("A2").fundId).isEqualTo("F2");
        cached.flush();
        assertThat(inner.get("A1").fundId).isEqualTo("F1");
        assertThat(inner.get("A2").fundId).isEqualTo("F2");
    }

    @Test
    void shouldDeleteAtTheFlushAndReadADeletedKeyAsAbsentUntilThen() {
        inner.put("KZ1", record("F1"));
        CachedStore<AssetRecord> cached = new CachedStore<>(inner, 10, AssetRecord::copy);
        cached.get("KZ1");
        cached.delete("KZ1");
        assertThat(cached.get("KZ1")).isNull();
        assertThat(inner.get("KZ1")).as("the store still holds it before the flush").isNotNull();
        cached.flush();
        assertThat(inner.get("KZ1")).isNull();
        assertThat(cached.get("KZ1")).isNull();
    }

    @Test
    void shouldTakeBackADeleteOfAFailedUnit() {
        inner.put("KZ1", record("F1"));
        CachedStore<AssetRecord> cached = new CachedStore<>(inner, 10, AssetRecord::copy);
        AssetRecord changed = cached.get("KZ1");
        changed.fundId = "F2";
        cached.put("KZ1", changed);
        cached.begin();
        cached.delete("KZ1");
        cached.rollBack();
        assertThat(cached.get("KZ1").fundId).as("the change made before the unit stays").isEqualTo("F2");
        cached.flush();
        assertThat(inner.get("KZ1").fundId).isEqualTo("F2");
    }

    @Test
    void shouldPutAgainAfterADelete() {
        CachedStore<AssetRecord> cached = new CachedStore<>(inner, 10, AssetRecord::copy);
        cached.put("KZ1", record("F1"));
        cached.flush();
        cached.delete("KZ1");
        cached.put("KZ1", record("F3"));
        cached.flush();
        assertThat(inner.get("KZ1").fundId).isEqualTo("F3");
    }
}
