package io.earmark.reliability.support;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.schema.FundAlert;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.serde.AvroDeserializer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Reads a test's output topics from the beginning (read_committed), waiting up to a bound for a count of records
 * and then half a second more, so that records beyond the count are seen too.
 */
public final class TopicContents {
    private TopicContents() {
    }

    public static List<FundAlert> alerts(KafkaStack stack, String topic, int atLeast, Duration timeout) {
        AvroDeserializer<FundAlert> alerts = new AvroDeserializer<>(new HttpSchemaRegistryClient(stack.registryUrl()),
                FundAlert.class);
        return raw(stack, topic, atLeast, timeout).stream().map(r -> alerts.deserialize(topic, r.value())).toList();
    }

    public static List<ConsumerRecord<byte[], byte[]>> raw(KafkaStack stack, String topic, int atLeast,
                                                          Duration timeout) {
        return TopicTail.fromBeginning(stack, topic).read(atLeast, timeout);
    }

    /** A record's headers as text, the last value of each name. */
    public static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new TreeMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
