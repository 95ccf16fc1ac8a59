package io.earmark.streams.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.streams.testing.MemoryStores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The paged queue against a sorted map: any mix of entries queued (in any key order, again under a key already
 * queued or already gone, below the floor), taken from the front, flushed, and restarts from the store (which holds
 * what the last flush wrote, as a commit would) leaves the queue holding exactly what the map holds.
 */
class PagedQueueProperties {

    sealed interface Op permits Put, Poll, Flush, Restart { }

    record Put(int key, int value) implements Op { }

    record Poll() implements Op { }

    record Flush() implements Op { }

    record Restart() implements Op { }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> put = Arbitraries.integers().between(0, 399).flatMap(key -> Arbitraries.integers()
                .between(0, 9).map(value -> new Put(key, value)));
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, put),
                net.jqwik.api.Tuple.of(7, Arbitraries.just(new Poll())),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(new Flush())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Restart())));
        return op.list().ofMinSize(1).ofMaxSize(900);
    }

    @Property(tries = 300)
    void shouldHoldWhatASortedMapHoldsAcrossFlushesAndRestarts(@ForAll("operations") List<Op> ops) {
        KeyValueStore<String, QueuePage<Integer>> store = MemoryStores.of("queue",
                new QueuePageSerde<>(Serdes.Integer()));
        PagedQueue<Integer> queue = new PagedQueue<>(store);
        TreeMap<String, Integer> model = new TreeMap<>();
        TreeMap<String, Integer> committed = new TreeMap<>();
        for (Op op : ops) {
            if (op instanceof Put put) {
                String key = String.format("%03d", put.key());
                queue.put(key, put.value());
                model.put(key, put.value());
            } else if (op instanceof Poll) {
                Map.Entry<String, Integer> first = model.pollFirstEntry();
                assertThat(queue.pollFirst()).isEqualTo(first == null ? null : first.getValue());
            } else if (op instanceof Flush) {
                queue.flush();
                committed = new TreeMap<>(model);
                assertThat(drained(new PagedQueue<>(store))).isEqualTo(committed);
            } else {
                queue = new PagedQueue<>(store);
                model = new TreeMap<>(committed);
            }
            assertThat(queue.size()).isEqualTo(model.size());
            assertThat(queue.firstKey()).isEqualTo(model.isEmpty() ? null : model.firstKey());
        }
    }

    @Property(tries = 100)
    void shouldDeleteEveryPageOnceTheQueueIsEmpty(@ForAll("operations") List<Op> ops) {
        KeyValueStore<String, QueuePage<Integer>> store = MemoryStores.of("queue",
                new QueuePageSerde<>(Serdes.Integer()));
        PagedQueue<Integer> queue = new PagedQueue<>(store);
        for (Op op : ops) {
            if (op instanceof Put put) {
                queue.put(String.format("%03d", put.key()), put.value());
            } else if (op instanceof Poll) {
                queue.pollFirst();
            } else {
                queue.flush();
            }
        }
        while (!queue.isEmpty()) {
            queue.pollFirst();
        }
        queue.flush();
        List<String> keys = new ArrayList<>();
        try (var all = store.all()) {
            all.forEachRemaining(kv -> keys.add(kv.key));
        }
        assertThat(keys).isSubsetOf(List.of(PagedQueue.FLOOR_KEY));
    }

    private static TreeMap<String, Integer> drained(PagedQueue<Integer> queue) {
        TreeMap<String, Integer> contents = new TreeMap<>();
        while (!queue.isEmpty()) {
            String key = queue.firstKey();
            contents.put(key, queue.pollFirst());
        }
        return contents;
    }
}
