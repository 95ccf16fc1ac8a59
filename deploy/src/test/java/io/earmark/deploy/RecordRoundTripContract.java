package io.earmark.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.RegistryRest;
import io.earmark.deploy.testing.TestRecords;
import io.earmark.deploy.testing.TestTopics;
import io.earmark.schemas.SampleEvents;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.serde.AvroDeserializer;
import io.earmark.schemas.serde.AvroSerializer;
import io.earmark.schemas.serde.SubjectNames;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Earmark record type through a real broker and a real schema registry with the project's serdes.
 * Subclasses say where the broker comes from ({@link #stack()}); the assertions are the same everywhere.
 */
abstract class RecordRoundTripContract {

    protected abstract KafkaStack stack();

    static Stream<SpecificRecord> everyRecordType() {
        return SampleEvents.allTypes().stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("everyRecordType")
    void shouldRoundTripInConfluentWireFormatWithAnIdTheRegistryResolves(SpecificRecord record) {
        roundTrip(record);
    }

    private <T extends SpecificRecord> void roundTrip(T record) {
        // Given a fresh topic and the project's serializer against the real registry
        KafkaStack stack = stack();
        String topic = TestTopics.create(stack, "roundtrip-" + record.getSchema().getName().toLowerCase(Locale.ROOT), 1);
        AvroSerializer<T> serializer = new AvroSerializer<>(new HttpSchemaRegistryClient(stack.registryUrl()), false);

        // When the record goes through the broker
        TestRecords.send(stack, new StringSerializer(), serializer, List.of(new ProducerRecord<>(topic, "key-1", record)));
        ConsumerRecord<String, byte[]> onTopic =
                TestRecords.consume(stack, topic, new StringDeserializer(), new ByteArrayDeserializer(), 1).get(0);

        // Then the bytes are: magic 0, a 4-byte big-endian id the registry resolves to the record's schema, Avro binary
        byte[] bytes = onTopic.value();
        assertThat(onTopic.key()).isEqualTo("key-1");
        assertThat(bytes.length).isGreaterThan(5);
        assertThat(bytes[0]).isZero();
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        RegistryRest.Reply reply = RegistryRest.get(stack.registryUrl(), "/schemas/ids/" + id);
        assertThat(reply.status()).isEqualTo(200);
        Schema registered = new Schema.Parser().parse(reply.body().path("schema").asText());
        assertThat(SchemaNormalization.toParsingForm(registered))
                .isEqualTo(SchemaNormalization.toParsingForm(record.getSchema()));
        // (events under <topic>-value; heartbeats, which share the input topics, under their record name)
        String subject = SubjectNames.subject(topic, record.getSchema(), false);
        assertThat(RegistryRest.get(stack.registryUrl(), "/subjects").body())
                .anySatisfy(s -> assertThat(s.asText()).isEqualTo(subject));

        // And a deserializer with a cold cache (it must fetch the schema by id) gives back an equal record
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) record.getClass();
        AvroDeserializer<T> deserializer = new AvroDeserializer<>(new HttpSchemaRegistryClient(stack.registryUrl()), type);
        assertThat(deserializer.deserialize(topic, bytes)).isEqualTo(record);
    }
}
