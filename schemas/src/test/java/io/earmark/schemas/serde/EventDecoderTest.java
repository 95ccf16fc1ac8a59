package io.earmark.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.schema.FundMovement;
import io.earmark.schema.Heartbeat;
import io.earmark.schemas.SampleEvents;
import io.earmark.schemas.Topics;
import io.earmark.schemas.registry.InMemorySchemaRegistry;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

class EventDecoderTest {
    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final EventDecoder decoder = new EventDecoder(registry);

    @Test
    void shouldPickTheGeneratedClassFromTheWriterSchemaOfEveryType() {
        for (SpecificRecord record : SampleEvents.allTypes()) {
            SpecificRecord decoded = decoder.decode(serialize("test." + record.getSchema().getName(), record));

            assertThat(decoded).isInstanceOf(record.getClass()).isEqualTo(record);
        }
    }

    @Test
    void shouldDecodeEventsAndHeartbeatsInterleavedOnOneTopic() {
        byte[] movement = serialize(Topics.MOVEMENTS, SampleEvents.fundMovement());
        byte[] heartbeat = serialize(Topics.MOVEMENTS, SampleEvents.heartbeat());

        assertThat(decoder.decode(heartbeat)).isInstanceOf(Heartbeat.class).isEqualTo(SampleEvents.heartbeat());
        assertThat(decoder.decode(movement)).isInstanceOf(FundMovement.class);
        assertThat(decoder.decode(heartbeat)).isInstanceOf(Heartbeat.class);
    }

    @Test
    void shouldRejectARecordNameThatNoEarmarkClassHas() {
        Schema foreign = SchemaBuilder.record("Payment").namespace("com.example").fields()
                .requiredString("id").endRecord();
        GenericRecord record = new GenericData.Record(foreign);
        record.put("id", "p-1");
        int id = registry.register("foreign-value", foreign);
        byte[] bytes = WireFormat.frame(id, AvroBytes.encode(foreign, record));

        assertThatThrownBy(() -> decoder.decode(bytes))
                .isInstanceOf(UndecodableRecordException.class)
                .hasMessageContaining("com.example.Payment")
                .extracting(e -> ((DecodingException) e).reason()).isEqualTo("UNDECODABLE");
    }

    @Test
    void shouldRejectNullAsNotWireFormat() {
        assertThatThrownBy(() -> decoder.decode(null)).isInstanceOf(NotWireFormatException.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private byte[] serialize(String topic, SpecificRecord record) {
        return new AvroSerializer(registry, false).serialize(topic, record);
    }
}
