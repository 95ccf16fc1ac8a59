package io.earmark.reliability.support;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.TestRecords;
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
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a test's output topics from the beginning (read_committed), waiting up to a bound for a count of records. */
public final class TopicContents {
    private TopicContents() {
    }

    public static List<FundAlert> alerts(KafkaStack stack, String topic, int atLeast, Duration timeout) {
        return TestRecords.consume(stack, topic, new StringDeserializer(),
                        new AvroDeserializer<>(new HttpSchemaRegistryClient(stack.registryUrl()), FundAlert.class),
                        atLeast, timeout)
                .stream().map(ConsumerRecord::value).toList();
    }

    public static List<ConsumerRecord<byte[], byte[]>> raw(KafkaStack stack, String topic, int atLeast,
                                                          Duration timeout) {
        return TestRecords.consume(stack, topic, new ByteArrayDeserializer(), new ByteArrayDeserializer(), atLeast,
                timeout);
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
