package io.earmark.schemas.serde;

import io.earmark.schema.Heartbeat;
import org.apache.avro.Schema;

/**
 * The registry subject a schema is registered under. In: topic, schema, key or value. Out: the subject.
 * TopicNameStrategy ({@code <topic>-value}, {@code <topic>-key}) for events; RecordNameStrategy (the full
 * record name) for {@link Heartbeat}, which shares input topics with events and must not become a version
 * of their topic subject (it would break that subject's BACKWARD compatibility).
 */
public final class SubjectNames {
    private static final String HEARTBEAT = Heartbeat.getClassSchema().getFullName();

    private SubjectNames() {
    }

    public static String subject(String topic, Schema schema, boolean isKey) {
        if (HEARTBEAT.equals(schema.getFullName())) {
            return HEARTBEAT;
        }
        return topic + (isKey ? "-key" : "-value");
    }
}
