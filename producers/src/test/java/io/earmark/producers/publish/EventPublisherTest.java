package io.earmark.producers.publish;

import io.earmark.schema.FundMovement;
import io.earmark.schemas.SampleEvents;
import io.earmark.schemas.Topics;
import io.earmark.schemas.registry.InMemorySchemaRegistry;
import io.earmark.schemas.serde.AvroSerializer;
import io.earmark.schemas.validation.InvalidEventException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class EventPublisherTest {
    private final MockProducer<String, SpecificRecord> producer = new MockProducer<>(true, null,
            new StringSerializer(), new AvroSerializer<>(new InMemorySchemaRegistry(), false));
    private final EventPublisher publisher = new EventPublisher(producer);

    @Test
    void shouldRouteEveryEventToItsTopicKeyedAsTheDesignSaysWithEventTimeAsTimestamp() {
        FundMovement uncoloured = FundMovement.newBuilder(SampleEvents.fundMovement())
                .setEventId("ev-m-2").setFundId(null).setFromId("BIN-SELLER-1").setToId("IIN-FARMER-1").build();

        publisher.publish(SampleEvents.fundEarmarked());
        publisher.publish(SampleEvents.fundMovement());
        publisher.publish(uncoloured);
        publisher.publish(SampleEvents.assetRegistered());

        assertThat(producer.history())
                .extracting(ProducerRecord::topic, ProducerRecord::key, ProducerRecord::timestamp, ProducerRecord::partition)
                .containsExactly(
                        tuple(Topics.FUNDS, "fund-1", SampleEvents.T0.toEpochMilli(), null),
                        tuple(Topics.MOVEMENTS, "fund-1", SampleEvents.T0.plusSeconds(3600).toEpochMilli(), null),
                        tuple(Topics.MOVEMENTS, "BIN-SELLER-1", SampleEvents.T0.plusSeconds(3600).toEpochMilli(), null),
                        tuple(Topics.ASSETS, "KZ-COW-000123", SampleEvents.T0.plusSeconds(86_400).toEpochMilli(), null));
    }

    @Test
    void shouldRefuseAnInvalidEventNamingTheFieldAndSendNothing() {
        FundMovement negative = FundMovement.newBuilder(SampleEvents.fundMovement()).setAmount(-5).build();

        assertThatThrownBy(() -> publisher.publish(negative))
                .isInstanceOf(InvalidEventException.class)
                .satisfies(e -> assertThat(((InvalidEventException) e).field()).isEqualTo("amount"));
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void shouldSendNothingFromABatchWithOneInvalidEvent() {
        List<SpecificRecord> batch = List.of(SampleEvents.fundEarmarked(),
                FundMovement.newBuilder(SampleEvents.fundMovement()).setBankId(" ").build(),
                SampleEvents.assetRegistered());

        assertThatThrownBy(() -> publisher.publishAll(batch))
                .isInstanceOfSatisfying(InvalidBatchException.class, e -> {
                    assertThat(e.index()).isEqualTo(1);
                    assertThat(e.eventId()).isEqualTo("ev-m-1");
                    assertThat(e.field()).isEqualTo("bankId");
                    assertThat(e.getMessage()).contains("bankId", "nothing was sent");
                });
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void shouldSendAValidBatchInOrder() {
        List<CompletableFuture<RecordMetadata>> acks = publisher.publishAll(
                List.of(SampleEvents.fundEarmarked(), SampleEvents.fundMovement(), SampleEvents.assetRegistered()));

        assertThat(acks).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        assertThat(producer.history()).extracting(ProducerRecord::topic)
                .containsExactly(Topics.FUNDS, Topics.MOVEMENTS, Topics.ASSETS);
    }

    @Test
    void shouldCompleteTheFutureOnlyWhenTheBrokerAcknowledges() {
        MockProducer<String, SpecificRecord> manual = new MockProducer<>(false, null, new StringSerializer(),
                new AvroSerializer<>(new InMemorySchemaRegistry(), false));
        EventPublisher slow = new EventPublisher(manual);

        CompletableFuture<RecordMetadata> first = slow.publish(SampleEvents.fundEarmarked());
        CompletableFuture<RecordMetadata> second = slow.publish(SampleEvents.fundMovement());
        assertThat(first).isNotDone();

        manual.completeNext();
        manual.errorNext(new NotEnoughReplicasException("min.insync.replicas not met"));

        assertThat(first).isCompletedWithValueMatching(m -> m.topic().equals(Topics.FUNDS));
        assertThat(second).isCompletedExceptionally();
    }

    @Test
    void shouldForceAcksAllAndIdempotenceAndPassEverythingElseThrough() {
        Properties caller = ProducerSettings.bootstrap("broker:9093");
        caller.put(ProducerConfig.ACKS_CONFIG, "1");
        caller.put("security.protocol", "SASL_SSL");
        caller.put("sasl.mechanism", "SCRAM-SHA-512");

        Properties effective = ProducerSettings.reliable(caller);

        assertThat(effective).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512");
        assertThat(caller).containsEntry(ProducerConfig.ACKS_CONFIG, "1");
    }
}
