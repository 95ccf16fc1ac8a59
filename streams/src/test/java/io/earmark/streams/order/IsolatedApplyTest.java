package io.earmark.streams.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.schema.Channel;
import io.earmark.schemas.DeadLetterHeaders;
import io.earmark.schemas.registry.RegistryUnavailableException;
import io.earmark.streams.deadletter.DeadLetter;
import io.earmark.streams.metrics.PipelineObserver;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Payload;
import io.earmark.streams.model.Watermark;
import io.earmark.streams.rules.MoneyOutOfRangeException;
import io.earmark.streams.state.AssetSightings;
import io.earmark.streams.state.CachedStore;
import io.earmark.streams.state.EnvelopeSerde;
import io.earmark.streams.state.JsonSerde;
import io.earmark.streams.state.QueuePageSerde;
import io.earmark.streams.testing.MemoryStores;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.errors.TaskMigratedException;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An ordered stage applies each event as a unit: an event whose application throws leaves the stage's state as if it
 * had never arrived, is dead-lettered with its provenance, and the events after it are applied as usual.
 */
class IsolatedApplyTest {

    private static final String CHANNEL = "in:0";
    private final MockProcessorContext<String, StageOutput> context = new MockProcessorContext<>();
    private KeyValueStore<String, AssetSightings> seen;
    private RecordingStage stage;

    /** Records every applied movement's id under its fundId; a movement whose id starts with "boom" throws midway. */
    private static final class RecordingStage implements Processor<String, Envelope, String, StageOutput>, OrderedWork {
        private StageTask task;
        private EventOrder order;
        private CachedStore<AssetSightings> seen;

        @Override
        public void init(ProcessorContext<String, StageOutput> context) {
            task = StageTask.of(context, "test", PipelineObserver.NONE);
            seen = task.cached("seen", AssetSightings::copy);
            order = task.ordered("test-buffer", "test-watermarks", List.of(CHANNEL), Duration.ofSeconds(1), this,
                    task::passOn);
        }

        @Override
        public void process(Record<String, Envelope> record) {
            order.offer(record.value());
            task.recordDone();
        }

        @Override
        public void apply(Payload payload) {
            Movement movement = (Movement) payload;
            AssetSightings ids = seen.get(movement.fundId());
            if (ids == null) {
                ids = new AssetSightings();
            }
            ids.eventIds.add(movement.eventId());
            seen.put(movement.fundId(), ids);
            if (movement.eventId().startsWith("boom")) {
                throw new IllegalStateException("a bug met " + movement.eventId());
            }
            if (movement.eventId().startsWith("fenced")) {
                throw new TaskMigratedException("fenced while applying " + movement.eventId());
            }
            if (movement.eventId().startsWith("unreachable")) {
                throw new RegistryUnavailableException("http://127.0.0.1:1", "timed out", null);
            }
            if (movement.eventId().startsWith("huge")) {
                throw new MoneyOutOfRangeException("balance", Long.MAX_VALUE, movement.amount());
            }
            task.forwardPayload(movement.fundId(), movement);
        }
    }

    @BeforeEach
    void setUp() {
        seen = register(MemoryStores.of("seen", new JsonSerde<>(AssetSightings.class)));
        register(MemoryStores.of("test-buffer", new QueuePageSerde<>(new EnvelopeSerde())));
        register(MemoryStores.<Long>of("test-watermarks", Serdes.Long()));
        context.setCurrentSystemTimeMs(0);
        stage = new RecordingStage();
        stage.init(context);
    }

    @Test
    void shouldDeadLetterAFailingEventAndApplyTheNextAsIfItHadNeverArrived() {
        // Given an event, one whose application throws after changing the fund's state, then another
        send(movement("m-1", 1));
        send(movement("boom-2", 2));
        send(movement("m-3", 3));

        // When the watermark releases them (the test's stores have no commit hook: the stage writes them per record)
        send(new Watermark(10));

        // Then the state holds the two good events only, and the bad one is a dead letter
        assertThat(seen.get("F-1").eventIds).containsExactly("m-1", "m-3");
        assertThat(forwardedEnvelopeIds()).containsExactly("m-1", "m-3");
        List<Record<?, ?>> letters = deadLetters();
        assertThat(letters).hasSize(1);
        Record<?, ?> letter = letters.get(0);
        assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("PROCESSING_FAILED");
        assertThat(header(letter, DeadLetterHeaders.EVENT_ID)).isEqualTo("boom-2");
        assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("test");
        assertThat(header(letter, DeadLetterHeaders.CHANNEL)).isEqualTo(CHANNEL);
        assertThat(header(letter, DeadLetterHeaders.EXCEPTION)).isEqualTo(IllegalStateException.class.getName());
        assertThat(header(letter, DeadLetterHeaders.DETAIL)).contains("a bug met boom-2");
        DeadLetter dead = ((StageOutput.Failed) letter.value()).letter();
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).contains("\"boom-2\"");
    }

    @Test
    void shouldCallASumPastTheRangeOfMoneyOutOfRange() {
        send(movement("m-1", 1));
        send(movement("huge-2", 2));
        send(new Watermark(10));

        assertThat(seen.get("F-1").eventIds).containsExactly("m-1");
        assertThat(deadLetters()).singleElement().satisfies(letter -> {
            assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("OUT_OF_RANGE");
            assertThat(header(letter, DeadLetterHeaders.DETAIL)).startsWith("sum \"balance\"");
        });
    }

    @Test
    void shouldLeaveAFundFirstSeenByAFailingEventUnknown() {
        send(movement("boom-1", 1));
        send(new Watermark(10));

        assertThat(seen.get("F-1")).isNull();
        assertThat(deadLetters()).hasSize(1);
    }

    @Test
    void shouldLetKafkasOwnFailuresThroughAfterTakingTheChangeBack() {
        send(movement("m-1", 1));
        send(movement("fenced-2", 2));

        assertThatThrownBy(() -> send(new Watermark(10))).isInstanceOf(TaskMigratedException.class);
        assertThat(seen.get("F-1").eventIds).containsExactly("m-1");
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void shouldNotDeadLetterAGoodEventWhenTheRegistryIsUnreachable() {
        send(movement("m-1", 1));
        send(movement("unreachable-2", 2));

        assertThatThrownBy(() -> send(new Watermark(10))).isInstanceOf(RegistryUnavailableException.class);
        assertThat(seen.get("F-1").eventIds).containsExactly("m-1");
        assertThat(deadLetters()).isEmpty();
    }

    private <S extends KeyValueStore<String, V>, V> S register(S store) {
        context.addStateStore(store);
        return store;
    }

    private void send(Payload payload) {
        stage.process(new Record<>("F-1", new Envelope(CHANNEL, payload), payload.eventTime()));
    }


    private List<String> forwardedEnvelopeIds() {
        return context.forwarded().stream().map(CapturedForward::record).map(Record::value)
                .filter(v -> v instanceof StageOutput.Onward onward && !onward.envelope().isWatermark())
                .map(v -> ((StageOutput.Onward) v).envelope().payload().orderingId()).toList();
    }

    private List<Record<?, ?>> deadLetters() {
        return context.forwarded().stream().<Record<?, ?>>map(CapturedForward::record)
                .filter(r -> r.value() instanceof StageOutput.Failed).toList();
    }

    private static String header(Record<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Movement movement(String eventId, long at) {
        return new Movement(eventId, "F-1", "BIC", "BANK", "SELLER", 100, Channel.TRANSFER, null, at);
    }
}
