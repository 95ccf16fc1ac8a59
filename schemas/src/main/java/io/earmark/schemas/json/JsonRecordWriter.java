package io.earmark.schemas.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * Writes one record as one JSON line by walking its Avro schema. Keys in schema field order, no spaces,
 * null fields omitted, timestamps as {@link Instant#toString()}, enums by name: the same record always gives
 * the same bytes. A null in a non-nullable field is a programming error ({@link IllegalArgumentException}).
 */
final class JsonRecordWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonRecordWriter() {
    }

    static String write(IndexedRecord record) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            writeRecord(generator, record, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeRecord(JsonGenerator out, IndexedRecord record, String prefix) throws IOException {
        out.writeStartObject();
        for (Schema.Field field : record.getSchema().getFields()) {
            Object value = record.get(field.pos());
            String path = prefix + field.name();
            if (value == null) {
                requireNullable(field.schema(), path);
                continue;
            }
            out.writeFieldName(field.name());
            writeValue(out, JsonSchemas.nonNull(field.schema()), value, path);
        }
        out.writeEndObject();
    }

    private static void writeValue(JsonGenerator out, Schema schema, Object value, String path) throws IOException {
        switch (schema.getType()) {
            case STRING, ENUM -> out.writeString(value.toString());
            case INT -> out.writeNumber(((Number) value).intValue());
            case LONG -> writeLong(out, schema, value);
            case BOOLEAN -> out.writeBoolean((Boolean) value);
            case RECORD -> writeRecord(out, (IndexedRecord) value, path + ".");
            case ARRAY -> writeArray(out, schema.getElementType(), (List<?>) value, path);
            default -> throw new UnsupportedOperationException(
                    "field " + path + ": Avro type " + schema.getType() + " is not part of the JSON Lines format");
        }
    }

    private static void writeLong(JsonGenerator out, Schema schema, Object value) throws IOException {
        if (!JsonSchemas.isTimestamp(schema)) {
            out.writeNumber(((Number) value).longValue());
        } else if (value instanceof Instant instant) {
            out.writeString(instant.toString());
        } else {
            out.writeString(Instant.ofEpochMilli(((Number) value).longValue()).toString());
        }
    }

    private static void writeArray(JsonGenerator out, Schema items, List<?> values, String path) throws IOException {
        out.writeStartArray();
        for (int i = 0; i < values.size(); i++) {
            String itemPath = path + "[" + i + "]";
            if (values.get(i) == null) {
                requireNullable(items, itemPath);
                out.writeNull();
            } else {
                writeValue(out, JsonSchemas.nonNull(items), values.get(i), itemPath);
            }
        }
        out.writeEndArray();
    }

    private static void requireNullable(Schema schema, String path) {
        if (!JsonSchemas.nullable(schema)) {
            throw new IllegalArgumentException("field " + path + " is null but its schema does not allow null");
        }
    }
}
