package io.earmark.bench.phases;

import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/** Moves a recorded input event to another moment: a copy of the record with a new {@code eventTime}. */
final class EventTimes {

    private static final String FIELD = "eventTime";

    private EventTimes() {
    }

    /**
     * A deep copy of {@code event} whose {@code eventTime} field is {@code at}; the original is left as it was.
     * Works for any generated record with a timestamp-millis {@code eventTime} field, found by its position in the
     * record's schema.
     */
    static <T extends SpecificRecord> T withEventTime(T event, Instant at) {
        Schema schema = event.getSchema();
        Schema.Field field = schema.getField(FIELD);
        if (field == null) {
            throw new IllegalArgumentException(schema.getFullName() + " has no " + FIELD + " field");
        }
        T copy = SpecificData.getForClass(event.getClass()).deepCopy(schema, event);
        copy.put(field.pos(), at);
        return copy;
    }
}
