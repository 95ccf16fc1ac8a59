package io.earmark.schemas.registry;

/** No schema is registered under the id (Confluent: HTTP 404, error_code 40403). */
public class UnknownSchemaIdException extends SchemaRegistryException {
    private final int schemaId;

    public UnknownSchemaIdException(int schemaId) {
        super("no schema registered with id " + schemaId);
        this.schemaId = schemaId;
    }

    public int schemaId() {
        return schemaId;
    }
}
