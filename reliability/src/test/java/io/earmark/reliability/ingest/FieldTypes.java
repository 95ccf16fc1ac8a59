package io.earmark.reliability.ingest;

import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/** What a field of an event schema is, as far as the JSON Lines format cares. */
final class FieldTypes {
    private FieldTypes() {
    }

    static boolean nullable(Schema schema) {
        return schema.getType() == Schema.Type.UNION
                && schema.getTypes().stream().anyMatch(t -> t.getType() == Schema.Type.NULL);
    }

    /** The schema without its null branch. */
    static Schema nonNull(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        return schema.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).findFirst().orElseThrow();
    }

    static boolean isTimestamp(Schema schema) {
        return nonNull(schema).getLogicalType() instanceof LogicalTypes.TimestampMillis;
    }

    /** An int or long that is a number in JSON (not a timestamp). */
    static boolean isCount(Schema.Field field) {
        Schema.Type type = nonNull(field.schema()).getType();
        return (type == Schema.Type.INT || type == Schema.Type.LONG) && !isTimestamp(field.schema());
    }
}
