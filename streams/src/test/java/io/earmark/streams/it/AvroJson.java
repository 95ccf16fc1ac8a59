package io.earmark.streams.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * An Avro record as JavaScript sees it through Confluent's serdes (avsc without logical types): records as objects,
 * enums as their names, {@code ["null", X]} unions as null or the bare value, timestamp-millis as epoch
 * milliseconds, longs and ints as numbers. In: a generated record. Out: its JSON tree, field by field.
 */
final class AvroJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AvroJson() {
    }

    static ObjectNode of(SpecificRecord record) {
        return record(record.getSchema(), record);
    }

    private static ObjectNode record(Schema schema, SpecificRecord record) {
        ObjectNode node = JSON.objectNode();
        for (Schema.Field field : schema.getFields()) {
            node.set(field.name(), value(field.schema(), record.get(field.pos())));
        }
        return node;
    }

    private static JsonNode value(Schema schema, Object value) {
        if (value == null) {
            return JSON.nullNode();
        }
        return switch (schema.getType()) {
            case UNION -> value(schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL)
                    .findFirst().orElseThrow(), value);
            case RECORD -> record(schema, (SpecificRecord) value);
            case ARRAY -> array(schema.getElementType(), (List<?>) value);
            case ENUM, STRING -> JSON.textNode(value.toString());
            case LONG -> JSON.numberNode(value instanceof Instant instant ? instant.toEpochMilli() : (long) (Long) value);
            case INT -> JSON.numberNode((int) (Integer) value);
            case BOOLEAN -> JSON.booleanNode((Boolean) value);
            default -> throw new IllegalArgumentException("no JSON form for Avro " + schema.getType());
        };
    }

    private static ArrayNode array(Schema items, List<?> values) {
        ArrayNode node = JSON.arrayNode();
        values.forEach(v -> node.add(value(items, v)));
        return node;
    }
}
