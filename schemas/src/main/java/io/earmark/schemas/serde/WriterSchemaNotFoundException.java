package io.earmark.schemas.serde;

import io.earmark.schemas.registry.UnknownSchemaIdException;

/**
 * The record names a schema id the registry does not know (reason {@code UNKNOWN_SCHEMA_ID}).
 * Wraps the registry's {@link UnknownSchemaIdException}.
 */
public class WriterSchemaNotFoundException extends DecodingException {
    private final int schemaId;

    public WriterSchemaNotFoundException(UnknownSchemaIdException cause) {
        super(UNKNOWN_SCHEMA_ID, "record written with unknown schema id " + cause.schemaId(), cause);
        this.schemaId = cause.schemaId();
    }

    public int schemaId() {
        return schemaId;
    }
}
