package io.earmark.streams.api;

import io.earmark.schema.CaseEvent;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.serde.AvroSerializer;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes people's acts to the cases topic, key alertId, one at a time and durably (idempotent producer, acks=all):
 * {@link #write} returns once the broker has the act, or fails with a 503 and the act may be retried with the same
 * caseEventId. In: the pipeline's client settings (bootstrap, security) and registry.
 */
final class CaseWriter implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final KafkaProducer<String, CaseEvent> producer;
    private final String topic;

    CaseWriter(Properties clientProperties, String registryUrl, String topic) {
        Properties props = new Properties();
        clientProperties.forEach((k, v) -> {
            if (ProducerConfig.configNames().contains(k.toString())) {
                props.put(k, v);
            }
        });
        props.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(TIMEOUT.toMillis()));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(TIMEOUT.toMillis() - 1000));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "earmark-case-writer");
        this.producer = new KafkaProducer<>(props, new StringSerializer(),
                new AvroSerializer<>(new HttpSchemaRegistryClient(registryUrl), false));
        this.topic = topic;
    }

    void write(CaseEvent act) {
        try {
            producer.send(new ProducerRecord<>(topic, null, act.getAt().toEpochMilli(), act.getAlertId(), act))
                    .get(TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw ApiException.unavailable("the act may not have been written to " + topic + " (" + cause
                    + "); retry it with the same caseEventId, which is applied at most once");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("interrupted while writing the act; retry it with the same caseEventId");
        } catch (RuntimeException e) {
            throw ApiException.unavailable("the act could not be written to " + topic + " (" + e
                    + "); retry it with the same caseEventId");
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
