package io.earmark.schemas.registry;

import java.util.Objects;
import org.apache.avro.Schema;

/** A (subject, schema) pair: the cache key of a registration. */
public record SubjectSchema(String subject, Schema schema) {
    public SubjectSchema {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(schema, "schema");
    }
}
