package io.earmark.schemas.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificData;

/**
 * Builds a generated record from a JSON object by walking the class's Avro schema. In: the JSON tree.
 * Out: the record, or a {@link JsonLineException} naming the field path, what its schema expects and what was
 * found. Strict: unknown fields, missing required fields, decimals or strings for integers, out-of-range numbers,
 * unknown enum names and timestamps that are not ISO-8601 instants are all errors.
 */
final class JsonRecordReader {
    private static final String MISSING = "nothing (the field is missing)";

    private final SpecificData model;

    JsonRecordReader(SpecificData model) {
        this.model = model;
    }

    IndexedRecord readRecord(JsonNode node, Schema schema, String prefix) {
        rejectUnknownFields(node, schema, prefix);
        IndexedRecord record = (IndexedRecord) model.newRecord(null, schema);
        for (Schema.Field field : schema.getFields()) {
            String path = prefix + field.name();
            JsonNode value = node.get(field.name());
            if (value == null && field.hasDefaultValue()) {
                record.put(field.pos(), model.getDefaultValue(field));
            } else if (value == null && JsonSchemas.nullable(field.schema())) {
                record.put(field.pos(), null);
            } else if (value == null) {
                throw new JsonLineException(path, JsonSchemas.expected(field.schema(), field.doc()), MISSING);
            } else {
                record.put(field.pos(), readValue(value, field.schema(), field.doc(), path));
            }
        }
        return record;
    }

    private void rejectUnknownFields(JsonNode node, Schema schema, String prefix) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (schema.getField(name) == null) {
                List<String> known = schema.getFields().stream().map(Schema.Field::name).toList();
                throw new JsonLineException(prefix + name,
                        "one of the fields of " + schema.getName() + " (" + String.join(", ", known) + ")",
                        "an unknown field");
            }
        }
    }

    private Object readValue(JsonNode value, Schema schema, String doc, String path) {
        if (value.isNull()) {
            if (JsonSchemas.nullable(schema)) {
                return null;
            }
            throw mismatch(value, schema, doc, path);
        }
        Schema type = JsonSchemas.nonNull(schema);
        return switch (type.getType()) {
            case STRING -> value.isTextual() ? value.textValue() : fail(value, type, doc, path);
            case INT -> value.isIntegralNumber() && value.canConvertToInt() ? value.intValue() : fail(value, type, doc, path);
            case LONG -> JsonSchemas.isTimestamp(type) ? readInstant(value, type, path) : readLong(value, type, doc, path);
            case BOOLEAN -> value.isBoolean() ? value.booleanValue() : fail(value, type, doc, path);
            case ENUM -> value.isTextual() && type.hasEnumSymbol(value.textValue())
                    ? model.createEnum(value.textValue(), type) : fail(value, type, doc, path);
            case ARRAY -> readArray(value, type, doc, path);
            case RECORD -> value.isObject() ? readRecord(value, type, path + ".") : fail(value, type, doc, path);
            default -> throw new UnsupportedOperationException(
                    "field " + path + ": Avro type " + type.getType() + " is not part of the JSON Lines format");
        };
    }

    private Object readLong(JsonNode value, Schema type, String doc, String path) {
        return value.isIntegralNumber() && value.canConvertToLong() ? value.longValue() : fail(value, type, doc, path);
    }

    private Instant readInstant(JsonNode value, Schema type, String path) {
        // UTC only (suffix Z): an offset such as +05:00 would parse, but the format says UTC
        if (value.isTextual() && value.textValue().endsWith("Z")) {
            try {
                Instant instant = Instant.parse(value.textValue());
                if (instant.getNano() % 1_000_000 == 0) {
                    instant.toEpochMilli();
                    return instant;
                }
            } catch (DateTimeException | ArithmeticException e) {
                // falls through to the mismatch below
            }
        }
        throw mismatch(value, type, null, path);
    }

    private List<Object> readArray(JsonNode value, Schema type, String doc, String path) {
        if (!value.isArray()) {
            throw mismatch(value, type, doc, path);
        }
        List<Object> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            items.add(readValue(value.get(i), type.getElementType(), null, path + "[" + i + "]"));
        }
        return items;
    }

    private static Object fail(JsonNode value, Schema type, String doc, String path) {
        throw mismatch(value, type, doc, path);
    }

    private static JsonLineException mismatch(JsonNode value, Schema type, String doc, String path) {
        return new JsonLineException(path, JsonSchemas.expected(type, doc), JsonSchemas.shown(value));
    }
}
