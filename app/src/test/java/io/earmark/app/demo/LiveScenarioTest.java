package io.earmark.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.producers.publish.EventPublisher;
import io.earmark.producers.simulate.Scenario;
import io.earmark.producers.ticker.Ticker;
import io.earmark.schema.Heartbeat;
import io.earmark.schemas.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Two small rounds played through a mock producer on a fake wall clock (one simulated day per wall second, a
 * heartbeat round every 250 ms): every event goes out once, in event-time order, and each heartbeat at T follows
 * every event at or before T and carries the scenario's 2024 time, never the wall clock's.
 */
class LiveScenarioTest {

    private static final Duration TICK = Duration.ofMillis(250);

    private final AtomicLong nanos = new AtomicLong();
    private final MockProducer<String, SpecificRecord> producer = new MockProducer<>(cluster(), true, null,
            new StringSerializer(), (topic, value) -> new byte[0]);

    @Test
    void shouldSendEveryEventWhenTheScenarioClockReachesItAndHeartbeatsOnlyBehindThem() throws Exception {
        List<Scenario> rounds = new ArrayList<>();
        DemoRounds generator = new DemoRounds(12, 3, 3, 0.4, Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"),
                ZoneOffset.UTC));
        LiveScenario live = new LiveScenario(() -> {
            Optional<Scenario> next = generator.next();
            next.ifPresent(rounds::add);
            return next;
        }, ScenarioClock.dayEvery(Duration.ofSeconds(1), nanos::get), new EventPublisher(producer),
                new Ticker(producer, "demo"), TICK, nanos::get, wall -> nanos.addAndGet(wall.toNanos()));

        int played = live.play(2);

        assertThat(played).isEqualTo(2);
        List<ProducerRecord<String, SpecificRecord>> sent = producer.history();
        List<ProducerRecord<String, SpecificRecord>> events = sent.stream()
                .filter(r -> !(r.value() instanceof Heartbeat)).toList();
        assertThat(events).extracting(ProducerRecord::value).containsExactlyElementsOf(rounds.stream()
                .flatMap(s -> s.events().stream()).map(e -> e.record()).toList());
        assertThat(events).extracting(ProducerRecord::timestamp).isSorted();

        long newestHeartbeat = Long.MIN_VALUE;
        for (ProducerRecord<String, SpecificRecord> record : sent) {
            if (record.value() instanceof Heartbeat beat) {
                assertThat(beat.getTime().toEpochMilli()).isGreaterThanOrEqualTo(newestHeartbeat);
                newestHeartbeat = beat.getTime().toEpochMilli();
            } else {
                assertThat(record.timestamp()).as("an event after a heartbeat that covered it").isGreaterThan(
                        newestHeartbeat);
            }
        }
        List<Instant> beats = sent.stream().filter(r -> r.value() instanceof Heartbeat)
                .map(r -> ((Heartbeat) r.value()).getTime()).distinct().toList();
        assertThat(beats.get(0)).isEqualTo(rounds.get(0).events().get(0).eventTime().minus(LiveScenario.LEAD));
        assertThat(beats.get(beats.size() - 1)).isAfter(rounds.get(1).end()).isBefore("2025-06-01T00:00:00Z");
        for (int i = 1; i < beats.size(); i++) {
            Instant secondRound = rounds.get(1).events().get(0).eventTime().minus(LiveScenario.LEAD);
            boolean newRound = !beats.get(i).isBefore(secondRound) && beats.get(i - 1).isBefore(secondRound);
            if (!newRound) {
                assertThat(Duration.between(beats.get(i - 1), beats.get(i))).as("heartbeats every 250 ms = 6 h")
                        .isLessThanOrEqualTo(Duration.ofHours(6).plusMinutes(1));
            }
        }
        assertThat(sent.stream().filter(r -> r.value() instanceof Heartbeat).map(ProducerRecord::topic).distinct())
                .containsExactlyInAnyOrder(Topics.FUNDS, Topics.MOVEMENTS, Topics.ASSETS);
        assertThat(live.progress().events()).isEqualTo(events.size());
    }

    private static Cluster cluster() {
        Node node = new Node(0, "localhost", 9092);
        List<PartitionInfo> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.FUNDS, Topics.MOVEMENTS, Topics.ASSETS)) {
            for (int p = 0; p < 3; p++) {
                partitions.add(new PartitionInfo(topic, p, node, new Node[] {node}, new Node[] {node}));
            }
        }
        return new Cluster("demo-test", List.of(node), partitions, java.util.Set.of(), java.util.Set.of());
    }
}
