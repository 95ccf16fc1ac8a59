package io.earmark.reliability.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/** JSON values of the wrong type for a field (as JSON text): never valid for that field. */
final class WrongValues {
    private WrongValues() {
    }

    static List<String> forField(Schema schema) {
        List<String> values = new ArrayList<>(switch (FieldTypes.nonNull(schema).getType()) {
            case STRING -> List.of("42", "true", "{\"id\":\"x\"}", "[\"x\"]", "4.5");
            case INT, LONG -> FieldTypes.isTimestamp(schema)
                    ? List.of("1727775000000", "\"2024-10-01 09:30:00\"", "\"2024-10-01T09:30:00+05:00\"",
                            "\"2024-10-01T09:30:00.000001Z\"", "\"yesterday\"", "true")
                    : List.of("\"12\"", "12.5", "true", "[1]", "{}", "1.0");
            case ENUM -> List.of("3", "[\"TRANSFER\"]", "false", "{\"symbol\":\"TRANSFER\"}");
            case ARRAY -> List.of("\"BIN\"", "5", "{}", "[1, 2]", "[null]");
            default -> throw new IllegalArgumentException("no wrong values for " + schema);
        });
        if (!FieldTypes.nullable(schema)) {
            values.add("null");
        }
        return values;
    }
}
