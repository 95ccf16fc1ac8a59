package io.earmark.schemas.compat;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * BACKWARD compatibility of one schema pair with {@link SchemaCompatibility}: can {@code reader} (the newer
 * schema) read data written with {@code writer}? Out: one short human line per problem, empty when compatible.
 */
public final class BackwardCompatibility {
    private BackwardCompatibility() {
    }

    public static List<String> problems(Schema reader, Schema writer) {
        SchemaCompatibility.SchemaPairCompatibility pair = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (pair.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            return List.of();
        }
        return pair.getResult().getIncompatibilities().stream().map(BackwardCompatibility::describe).toList();
    }

    public static boolean compatible(Schema reader, Schema writer) {
        return problems(reader, writer).isEmpty();
    }

    private static String describe(Incompatibility incompatibility) {
        return incompatibility.getType() + " at " + incompatibility.getLocation() + ": " + incompatibility.getMessage();
    }
}
