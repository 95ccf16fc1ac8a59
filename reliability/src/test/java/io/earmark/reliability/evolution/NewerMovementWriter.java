package io.earmark.reliability.evolution;

import io.earmark.schema.FundMovement;
import io.earmark.schemas.registry.SchemaRegistryClient;
import io.earmark.schemas.serde.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/**
 * A producer built against a newer {@code FundMovement} schema than the pipeline's: registers that schema under the
 * movements subject and encodes movements with it (Confluent wire format), filling the added field.
 */
final class NewerMovementWriter {
    private final Schema schema;
    private final int schemaId;

    NewerMovementWriter(SchemaRegistryClient registry, String subject, Schema schema) {
        this.schema = schema;
        this.schemaId = registry.register(subject, schema);
    }

    int schemaId() {
        return schemaId;
    }

    /** The movement's fields, plus {@code extra} in the added field. */
    byte[] encode(FundMovement movement, String extra) {
        GenericRecord record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
            if (FundMovement.getClassSchema().getField(field.name()) == null) {
                record.put(field.name(), extra);
                continue;
            }
            Object value = movement.get(field.name());
            record.put(field.name(), value instanceof Instant instant ? instant.toEpochMilli()
                    : value instanceof Enum<?> symbol ? new GenericData.EnumSymbol(field.schema(), symbol.name())
                    : value);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(body, null);
            new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return WireFormat.frame(schemaId, body.toByteArray());
    }
}
