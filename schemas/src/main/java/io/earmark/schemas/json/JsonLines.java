package io.earmark.schemas.json;

import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * The JSON Lines event format of DESIGN.md ("Files"), one record per line. In and out: generated Avro records
 * and single lines (no newline). Field names as in the schemas, timestamps as ISO-8601 UTC strings
 * ({@code 2024-10-01T09:30:00Z}), amounts as JSON integers, enums by name, nullable fields omitted when null.
 * Works for every generated class by walking its Avro schema.
 */
public final class JsonLines {
    private JsonLines() {
    }

    /** The record as one deterministic JSON line: schema field order, no spaces, nulls omitted. */
    public static String write(SpecificRecord record) {
        return JsonRecordWriter.write(record);
    }

    /**
     * Parses one line into {@code type}.
     *
     * @throws JsonLineException without location (see {@link JsonLineException#withLocation}) for any bad line
     */
    public static <T extends SpecificRecord> T read(String line, Class<T> type) {
        SpecificData model = SpecificData.getForClass(type);
        return type.cast(new JsonRecordReader(model).readRecord(JsonObjectParser.parse(line), model.getSchema(type), ""));
    }
}
