package io.earmark.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.FundMovement;
import io.earmark.schema.Heartbeat;
import io.earmark.schemas.SampleEvents;
import io.earmark.schemas.Topics;
import io.earmark.schemas.registry.InMemorySchemaRegistry;
import java.nio.ByteBuffer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class AvroSerdeRoundTripTest {
    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    @Test
    void shouldRoundTripEveryRecordType() {
        for (SpecificRecord record : SampleEvents.allTypes()) {
            byte[] bytes = serialize("test." + record.getSchema().getName(), record);

            SpecificRecord back = deserialize(bytes, record.getClass());

            assertThat(back).as(record.getSchema().getName()).isEqualTo(record);
        }
    }

    @Test
    void shouldFrameWithTheIdTheRegistryGaveTheTopicValueSubject() {
        byte[] bytes = serialize(Topics.MOVEMENTS, SampleEvents.fundMovement());

        int id = registry.register(Topics.MOVEMENTS + "-value", FundMovement.getClassSchema());
        assertThat(bytes[0]).isEqualTo((byte) 0);
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
        assertThat(registry.subjects()).containsExactly("earmark.movements.v1-value");
    }

    @Test
    void shouldRegisterKeysUnderTheTopicKeySubject() {
        new AvroSerializer<FundMovement>(registry, true).serialize(Topics.MOVEMENTS, SampleEvents.fundMovement());

        assertThat(registry.subjects()).containsExactly("earmark.movements.v1-key");
    }

    @Test
    void shouldRegisterHeartbeatsUnderTheirRecordNameSoTheTopicSubjectStaysCompatible() {
        serialize(Topics.MOVEMENTS, SampleEvents.fundMovement());
        serialize(Topics.MOVEMENTS, SampleEvents.heartbeat());
        serialize(Topics.FUNDS, SampleEvents.heartbeat());

        assertThat(registry.subjects()).containsExactly("earmark.movements.v1-value", "io.earmark.schema.Heartbeat");
        assertThat(registry.versions("earmark.movements.v1-value")).containsExactly(FundMovement.getClassSchema());
        assertThat(registry.versions("io.earmark.schema.Heartbeat")).containsExactly(Heartbeat.getClassSchema());
    }

    @Test
    void shouldRegisterTheSchemaOncePerSubject() {
        AvroSerializer<FundMovement> serializer = new AvroSerializer<>(registry, false);

        serializer.serialize(Topics.MOVEMENTS, SampleEvents.fundMovement());
        serializer.serialize(Topics.MOVEMENTS, SampleEvents.fundMovement());
        serializer.serialize(Topics.MOVEMENTS, SampleEvents.fundMovement());
        serializer.serialize("other.topic", SampleEvents.fundMovement());

        assertThat(registry.registerCalls()).isEqualTo(2);
    }

    @Test
    void shouldPassNullThroughBothWays() {
        Serde<FundMovement> serde = AvroSerdes.forClass(FundMovement.class, registry, false);

        assertThat(serde.serializer().serialize(Topics.MOVEMENTS, null)).isNull();
        assertThat(serde.deserializer().deserialize(Topics.MOVEMENTS, null)).isNull();
        assertThat(registry.subjects()).isEmpty();
    }

    @Test
    void shouldRoundTripThroughTheSerdeFactory() {
        Serde<FundMovement> serde = AvroSerdes.forClass(FundMovement.class, registry, false);

        byte[] bytes = serde.serializer().serialize(Topics.MOVEMENTS, SampleEvents.fundMovement());

        assertThat(serde.deserializer().deserialize(Topics.MOVEMENTS, bytes)).isEqualTo(SampleEvents.fundMovement());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private byte[] serialize(String topic, SpecificRecord record) {
        return new AvroSerializer(registry, false).serialize(topic, record);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private SpecificRecord deserialize(byte[] bytes, Class<? extends SpecificRecord> type) {
        return new AvroDeserializer(registry, type).deserialize("test.topic", bytes);
    }
}
