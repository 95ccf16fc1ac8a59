package io.earmark.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.FundMovement;
import io.earmark.schemas.SampleEvents;
import io.earmark.schemas.Topics;
import io.earmark.schemas.registry.InMemorySchemaRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

/** Writers with a newer or older compatible schema are read by the current generated class. */
class SchemaEvolutionTest {
    private static final String SUBJECT = Topics.MOVEMENTS + "-value";
    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final AvroDeserializer<FundMovement> deserializer = new AvroDeserializer<>(registry, FundMovement.class);

    @Test
    void shouldReadANewerWriterWithAnAddedOptionalFieldIntoTheCurrentClass() {
        registry.register(SUBJECT, FundMovement.getClassSchema());
        Schema newer = withFields(FundMovement.getClassSchema(), List.of(new Schema.Field("settlementRef",
                Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.STRING)),
                "added later", JsonProperties.NULL_VALUE)), null);
        int newerId = registry.register(SUBJECT, newer);
        GenericRecord record = movement(newer);
        record.put("settlementRef", "SETTLE-9");

        FundMovement read = deserializer.deserialize(Topics.MOVEMENTS, WireFormat.frame(newerId, AvroBytes.encode(newer, record)));

        assertThat(read).isEqualTo(SampleEvents.fundMovement());
    }

    @Test
    void shouldFillTheDefaultWhenAnOlderWriterLacksAnOptionalField() {
        Schema older = withFields(FundMovement.getClassSchema(), List.of(), "purposeCode");
        int olderId = registry.register("old-" + SUBJECT, older);
        GenericRecord record = movement(older);

        FundMovement read = deserializer.deserialize(Topics.MOVEMENTS, WireFormat.frame(olderId, AvroBytes.encode(older, record)));

        assertThat(read.getPurposeCode()).isNull();
        assertThat(read.getAmount()).isEqualTo(SampleEvents.fundMovement().getAmount());
        assertThat(read.getEventTime()).isEqualTo(SampleEvents.fundMovement().getEventTime());
    }

    /** A copy of {@code base} (same name) with {@code extra} fields appended and {@code dropped} removed. */
    private static Schema withFields(Schema base, List<Schema.Field> extra, String dropped) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field field : base.getFields()) {
            if (!field.name().equals(dropped)) {
                fields.add(new Schema.Field(field, field.schema()));
            }
        }
        fields.addAll(extra);
        return Schema.createRecord(base.getName(), base.getDoc(), base.getNamespace(), false, fields);
    }

    private static GenericRecord movement(Schema schema) {
        FundMovement sample = SampleEvents.fundMovement();
        GenericRecord record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
            if (FundMovement.getClassSchema().getField(field.name()) != null) {
                Object value = sample.get(field.name());
                record.put(field.name(), value instanceof Instant instant ? instant.toEpochMilli()
                        : value instanceof Enum<?> symbol ? new GenericData.EnumSymbol(field.schema(), symbol.name()) : value);
            }
        }
        return record;
    }
}
