package io.earmark.schemas.registry;

/** Base of every failure talking to a schema registry; also thrown as-is for unexpected answers (e.g. 422). */
public class SchemaRegistryException extends RuntimeException {

    public SchemaRegistryException(String message) {
        super(message);
    }

    public SchemaRegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
