package io.earmark.streams.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.Channel;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.Movement;
import io.earmark.streams.state.EnvelopeSerde;
import io.earmark.streams.state.OrderKeys;
import io.earmark.streams.state.QueuePage;
import io.earmark.streams.state.QueuePageSerde;
import io.earmark.streams.testing.MemoryStores;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

/** The event buffer: release order, and what reaches its store (only what still waits at a flush). */
class EventBufferTest {

    private final KeyValueStore<String, QueuePage<Envelope>> store =
            MemoryStores.of("buffer", new QueuePageSerde<>(new EnvelopeSerde()));
    private final EventBuffer buffer = new EventBuffer(store);

    private static Envelope movement(String id, long time) {
        return new Envelope("movements:0", new Movement(id, "F1", "BANK", "A", "B", 100_00L, Channel.TRANSFER, null,
                time));
    }

    private static List<String> ids(List<Envelope> envelopes) {
        return envelopes.stream().map(e -> e.payload().orderingId()).toList();
    }

    @Test
    void shouldReleaseInTimeThenIdOrderUpToTheWatermark() {
        buffer.add(movement("m3", 3_000));
        buffer.add(movement("m2", 2_000));
        buffer.add(movement("m1b", 1_000));
        buffer.add(movement("m1a", 1_000));
        assertThat(ids(takeThrough(buffer, 2_000))).containsExactly("m1a", "m1b", "m2");
        assertThat(ids(takeThrough(buffer, 5_000))).containsExactly("m3");
    }

    @Test
    void shouldKeyAnEventByItsTimeItsKindsStableTagAndItsId() {
        assertThat(OrderKeys.envelope(movement("m1", 1_000))).isEqualTo("0000000000000001000|Movement|m1");
    }

    @Test
    void shouldShowTheFirstEventDueWithoutTakingIt() {
        buffer.add(movement("m2", 2_000));
        assertThat(buffer.firstThrough(1_999)).isNull();
        assertThat(buffer.firstThrough(2_000)).isEqualTo(movement("m2", 2_000));
        assertThat(buffer.size()).isEqualTo(1);
        assertThat(buffer.takeFirst()).isEqualTo(movement("m2", 2_000));
        assertThat(buffer.earliestTime()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void shouldNeverWriteAnEventReleasedBeforeTheFlush() {
        buffer.add(movement("m1", 1_000));
        takeThrough(buffer, 1_000);
        buffer.flush();
        assertThat(new EventBuffer(store).size()).isZero();
        try (var all = store.all()) {
            assertThat(all.hasNext() && all.next().value instanceof QueuePage.Entries).isFalse();
        }
    }

    @Test
    void shouldWriteWaitingEventsInOnePageAtTheFlushAndDeleteThePageWhenTheyAreReleased() {
        buffer.add(movement("m1", 1_000));
        buffer.add(movement("m2", 2_000));
        assertThat(store.approximateNumEntries()).isZero();
        buffer.flush();
        assertThat(pages()).isEqualTo(1);
        takeThrough(buffer, 1_000);
        buffer.flush();
        assertThat(pages()).isEqualTo(1);
        takeThrough(buffer, 2_000);
        buffer.flush();
        assertThat(pages()).isZero();
    }

    @Test
    void shouldResumeFromItsStoreAfterARestart() {
        buffer.add(movement("m2", 2_000));
        buffer.add(movement("m1", 1_000));
        buffer.add(movement("m3", 3_000));
        buffer.flush();
        takeThrough(buffer, 1_000);
        buffer.flush();
        EventBuffer restarted = new EventBuffer(store);
        assertThat(restarted.size()).isEqualTo(2);
        assertThat(ids(takeThrough(restarted, 3_000))).containsExactly("m2", "m3");
    }

    @Test
    void shouldKeepOneCopyOfARedeliveredEvent() {
        buffer.add(movement("m1", 1_000));
        buffer.flush();
        buffer.add(movement("m1", 1_000));
        buffer.flush();
        assertThat(new EventBuffer(store).size()).isEqualTo(1);
        assertThat(ids(takeThrough(buffer, 1_000))).containsExactly("m1");
        buffer.flush();
        assertThat(pages()).isZero();
    }

    /** Every event with time ≤ {@code through}, in release order, as the stage releases them. */
    private static List<Envelope> takeThrough(EventBuffer buffer, long through) {
        List<Envelope> released = new ArrayList<>();
        while (buffer.firstThrough(through) != null) {
            released.add(buffer.takeFirst());
        }
        return released;
    }

    private long pages() {
        long pages = 0;
        try (var all = store.all()) {
            while (all.hasNext()) {
                if (all.next().value instanceof QueuePage.Entries) {
                    pages++;
                }
            }
        }
        return pages;
    }
}
