package io.earmark.producers.simulate;

import io.earmark.producers.publish.EventPublisher;
import io.earmark.producers.ticker.Ticker;
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
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioPublisherTest {
    private static final Node BROKER = new Node(0, "localhost", 9092);
    private long clock;

    @Test
    void shouldPublishTheDeliveredEventsThenHeartbeatsAtTheScenarioEnd() {
        Scenario scenario = ScenarioGenerator.generate(SimulationOptions.of(30, 3, 0.3).withNoise(20, 0.1, false));
        MockProducer<String, SpecificRecord> producer = new MockProducer<>(cluster(), true, null,
                new StringSerializer(), new AvroSerializer<>(new InMemorySchemaRegistry(), false));
        Pacer fastClock = new Pacer(100, () -> clock += 1_000_000_000L);

        long sent = new ScenarioPublisher(new EventPublisher(producer), new Ticker(producer, "simulate"), fastClock)
                .publish(scenario);

        List<ScenarioEvent> delivered = Delivery.order(scenario);
        List<ProducerRecord<String, SpecificRecord>> history = producer.history();
        assertThat(sent).isEqualTo(delivered.size());
        assertThat(history.subList(0, delivered.size())).extracting(ProducerRecord::value)
                .containsExactlyElementsOf(delivered.stream().map(ScenarioEvent::record).toList());
        assertThat(history.subList(delivered.size(), history.size())).hasSize(3 * 2).allSatisfy(r -> {
            assertThat(r.value()).isInstanceOf(Heartbeat.class);
            assertThat(r.timestamp()).isEqualTo(scenario.end().toEpochMilli());
        });
    }

    private static Cluster cluster() {
        List<PartitionInfo> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.FUNDS, Topics.MOVEMENTS, Topics.ASSETS)) {
            for (int p = 0; p < 2; p++) {
                partitions.add(new PartitionInfo(topic, p, BROKER, new Node[] {BROKER}, new Node[] {BROKER}));
            }
        }
        return new Cluster("test", List.of(BROKER), partitions, Set.of(), Set.of());
    }
}
