package io.earmark.schemas.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * What the JSON Lines codec needs to know about an Avro schema: nullability, the non-null branch of an optional
 * field, timestamps, and the human description of what a field expects (for error messages).
 */
final class JsonSchemas {
    static final String TIMESTAMP_EXAMPLE = "2024-10-01T09:30:00Z";
    private static final int MAX_SHOWN = 60;

    private JsonSchemas() {
    }

    static boolean nullable(Schema schema) {
        return schema.getType() == Schema.Type.NULL
                || schema.getType() == Schema.Type.UNION && schema.getTypes().stream().anyMatch(JsonSchemas::nullable);
    }

    /** The schema without its null branch: {@code ["null", X]} gives X; other unions are not part of the format. */
    static Schema nonNull(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        List<Schema> branches = schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).toList();
        if (branches.size() != 1) {
            throw new UnsupportedOperationException("JSON Lines supports only [\"null\", X] unions, not " + schema);
        }
        return branches.get(0);
    }

    static boolean isTimestamp(Schema schema) {
        return schema.getLogicalType() instanceof LogicalTypes.TimestampMillis;
    }

    /** E.g. "an integer (tiyn)", "one of TRANSFER, CASH_WITHDRAWAL, CARD_PAYMENT"; {@code doc} is the field's. */
    static String expected(Schema schema, String doc) {
        return switch (schema.getType()) {
            case STRING -> "a string";
            case INT -> "an integer (32-bit)";
            case LONG -> isTimestamp(schema) ? "an ISO-8601 UTC timestamp with at most millisecond precision, like "
                    + TIMESTAMP_EXAMPLE : isMoney(doc) ? "an integer (tiyn)" : "an integer (64-bit)";
            case BOOLEAN -> "true or false";
            case ENUM -> "one of " + String.join(", ", schema.getEnumSymbols());
            case ARRAY -> "an array";
            case RECORD -> "an object (" + schema.getName() + ")";
            case UNION -> expected(nonNull(schema), doc);
            default -> "a value of Avro type " + schema.getType().getName();
        };
    }

    /** A found JSON value as shown in messages: JSON text, cut at 60 characters. */
    static String shown(JsonNode node) {
        String text = node.toString();
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "...";
    }

    private static boolean isMoney(String doc) {
        return doc != null && doc.toLowerCase(Locale.ROOT).contains("tiyn");
    }
}
