package io.earmark.producers.publish;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schemas.registry.SchemaRegistryClient;
import io.earmark.schemas.serde.AvroSerializer;
import io.earmark.schemas.validation.EventValidator;
import io.earmark.schemas.validation.InvalidEventException;
import io.earmark.schemas.validation.Violation;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * The publisher a bank or registry integration embeds. In: FundEarmarked, FundMovement and AssetRegistered
 * events. Out: Avro records in the Confluent wire format on the topic and with the key of DESIGN.md (see
 * {@link EventRouting}), record timestamp = eventTime, through an idempotent producer with {@code acks=all}.
 * Every event is validated first; an invalid one is refused with an {@link InvalidEventException} naming the
 * field, and a batch with an invalid event sends nothing. Each send returns a future that completes when the
 * broker has acknowledged the record (or fails with the reason).
 *
 * <p>A bank integration reporting a coloured transfer:
 * <pre>{@code
 * Properties kafka = ProducerSettings.bootstrap("broker-1.bank.kz:9093");
 * kafka.put("security.protocol", "SASL_SSL");             // any Kafka client property passes through
 * try (EventPublisher publisher = new EventPublisher(kafka,
 *         new HttpSchemaRegistryClient("https://registry.earmark.kz"))) {
 *     FundMovement transfer = FundMovement.newBuilder()
 *             .setEventId("HSBK241001000123").setFundId("AA-2024-100001").setBankId("HSBKKZKX")
 *             .setFromId("100541093995").setToId("090940569651").setAmount(177_000_000L) // 1.77 M KZT in tiyn
 *             .setChannel(Channel.TRANSFER).setPurposeCode("421")
 *             .setEventTime(Instant.parse("2024-10-02T09:30:00Z")).build();
 *     RecordMetadata acked = publisher.publish(transfer).join();   // throws InvalidEventException if invalid
 * }
 * }</pre>
 */
public final class EventPublisher implements AutoCloseable {
    private final Producer<String, SpecificRecord> producer;

    /** A publisher on a new Kafka producer: the caller's properties, acks=all and idempotence forced on. */
    public EventPublisher(Properties kafkaProperties, SchemaRegistryClient registry) {
        this(new KafkaProducer<>(ProducerSettings.reliable(kafkaProperties), new StringSerializer(),
                new AvroSerializer<>(registry, false)));
    }

    /** A publisher on an existing producer (String keys, Avro values), e.g. a test's MockProducer. */
    public EventPublisher(Producer<String, SpecificRecord> producer) {
        this.producer = producer;
    }

    public CompletableFuture<RecordMetadata> publish(FundEarmarked event) {
        return validatedSend(event);
    }

    public CompletableFuture<RecordMetadata> publish(FundMovement event) {
        return validatedSend(event);
    }

    public CompletableFuture<RecordMetadata> publish(AssetRegistered event) {
        return validatedSend(event);
    }

    /** Any of the three input events, dispatched by type. */
    public CompletableFuture<RecordMetadata> publishEvent(SpecificRecord event) {
        return validatedSend(event);
    }

    /**
     * Validates every event, then sends them in list order.
     *
     * @throws InvalidBatchException for the first invalid event; then nothing was sent
     */
    public List<CompletableFuture<RecordMetadata>> publishAll(List<? extends SpecificRecord> events) {
        for (int i = 0; i < events.size(); i++) {
            List<Violation> violations = EventValidator.violations(events.get(i));
            if (!violations.isEmpty()) {
                throw new InvalidBatchException(i, eventIdOf(events.get(i)), violations.get(0).field(),
                        violations.get(0).reason());
            }
        }
        List<CompletableFuture<RecordMetadata>> sent = new ArrayList<>(events.size());
        events.forEach(e -> sent.add(send(e)));
        return sent;
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }

    private CompletableFuture<RecordMetadata> validatedSend(SpecificRecord event) {
        EventValidator.validate(event);
        return send(event);
    }

    private CompletableFuture<RecordMetadata> send(SpecificRecord event) {
        CompletableFuture<RecordMetadata> acked = new CompletableFuture<>();
        try {
            producer.send(EventRouting.route(event), (metadata, error) -> {
                if (error != null) {
                    acked.completeExceptionally(error);
                } else {
                    acked.complete(metadata);
                }
            });
        } catch (RuntimeException e) {
            acked.completeExceptionally(e);
        }
        return acked;
    }

    private static String eventIdOf(SpecificRecord event) {
        Object id = event.getSchema().getField("eventId") == null ? null
                : event.get(event.getSchema().getField("eventId").pos());
        return String.valueOf(id);
    }
}
