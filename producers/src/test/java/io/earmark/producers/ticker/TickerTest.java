package io.earmark.producers.ticker;

import io.earmark.schema.Heartbeat;
import io.earmark.schemas.Topics;
import io.earmark.schemas.registry.InMemorySchemaRegistry;
import io.earmark.schemas.serde.AvroSerializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

class TickerTest {
    private static final Instant T = Instant.parse("2024-11-30T06:00:00Z");
    private static final Node BROKER = new Node(0, "localhost", 9092);

    private final MockProducer<String, SpecificRecord> producer = new MockProducer<>(cluster(), true, null,
            new StringSerializer(), new AvroSerializer<>(new InMemorySchemaRegistry(), false));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void shouldSendOneHeartbeatToEveryPartitionOfEveryInputTopic() {
        new Ticker(producer, "ticker-1").tickOnce(T).forEach(f -> assertThat(f).isCompleted());

        assertThat(producer.history())
                .extracting(ProducerRecord::topic, ProducerRecord::partition, ProducerRecord::key, ProducerRecord::timestamp)
                .containsExactly(
                        tuple(Topics.FUNDS, 0, null, T.toEpochMilli()),
                        tuple(Topics.FUNDS, 1, null, T.toEpochMilli()),
                        tuple(Topics.FUNDS, 2, null, T.toEpochMilli()),
                        tuple(Topics.MOVEMENTS, 0, null, T.toEpochMilli()),
                        tuple(Topics.MOVEMENTS, 1, null, T.toEpochMilli()),
                        tuple(Topics.ASSETS, 0, null, T.toEpochMilli()));
        assertThat(producer.history()).allSatisfy(r -> {
            Heartbeat beat = (Heartbeat) r.value();
            assertThat(beat.getSource()).isEqualTo("ticker-1");
            assertThat(beat.getPartition()).isEqualTo(r.partition());
            assertThat(beat.getTime()).isEqualTo(T);
        });
    }

    @Test
    void shouldKeepTickingAtTheIntervalWithTheClocksTime() {
        new Ticker(producer, "ticker-1").start(scheduler, Duration.ofMillis(5), Clock.fixed(T, ZoneOffset.UTC));

        await().atMost(Duration.ofSeconds(5)).until(() -> producer.history().size() >= 3 * 6);
        assertThat(new ArrayList<>(producer.history())).allSatisfy(r -> assertThat(((Heartbeat) r.value()).getTime()).isEqualTo(T));
    }

    private static Cluster cluster() {
        List<PartitionInfo> partitions = new ArrayList<>();
        // deliberately listed out of order: the ticker addresses partitions in ascending order
        for (int p : new int[] {2, 0, 1}) {
            partitions.add(new PartitionInfo(Topics.FUNDS, p, BROKER, new Node[] {BROKER}, new Node[] {BROKER}));
        }
        for (int p = 0; p < 2; p++) {
            partitions.add(new PartitionInfo(Topics.MOVEMENTS, p, BROKER, new Node[] {BROKER}, new Node[] {BROKER}));
        }
        partitions.add(new PartitionInfo(Topics.ASSETS, 0, BROKER, new Node[] {BROKER}, new Node[] {BROKER}));
        return new Cluster("test", List.of(BROKER), partitions, Set.of(), Set.of());
    }
}
