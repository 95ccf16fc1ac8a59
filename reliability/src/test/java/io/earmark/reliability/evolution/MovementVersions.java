package io.earmark.reliability.evolution;

import io.earmark.schema.FundMovement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;

/**
 * Versions of {@code FundMovement} beside the current one: the next compatible version (an added optional field with
 * a default) and an incompatible one (amount changed from long to string). Same record name and namespace.
 */
final class MovementVersions {
    static final String ADDED_FIELD = "settlementRef";

    private MovementVersions() {
    }

    /** The current schema plus {@code settlementRef: ["null", "string"] = null}. */
    static Schema withOptionalField() {
        List<Schema.Field> fields = copy(FundMovement.getClassSchema(), UnaryOperator.identity());
        fields.add(new Schema.Field(ADDED_FIELD, Schema.createUnion(Schema.create(Schema.Type.NULL),
                Schema.create(Schema.Type.STRING)), "The bank's settlement reference (added in v2).",
                JsonProperties.NULL_VALUE));
        return record(fields);
    }

    /** The current schema with {@code amount} as a string: old data (longs) cannot be read with it. */
    static Schema withAmountAsString() {
        return record(copy(FundMovement.getClassSchema(), f -> f.name().equals("amount")
                ? new Schema.Field(f.name(), Schema.create(Schema.Type.STRING), f.doc()) : f));
    }

    private static List<Schema.Field> copy(Schema schema, UnaryOperator<Schema.Field> change) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field field : schema.getFields()) {
            Schema.Field changed = change.apply(field);
            fields.add(changed == field ? new Schema.Field(field, field.schema()) : changed);
        }
        return fields;
    }

    private static Schema record(List<Schema.Field> fields) {
        Schema current = FundMovement.getClassSchema();
        return Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false, fields);
    }
}
