package io.earmark.schemas.registry;

/** The registry refused a schema as incompatible with the subject's earlier versions (HTTP 409, error_code 40901). */
public class IncompatibleSchemaException extends SchemaRegistryException {
    private final String subject;
    private final String registryMessage;

    public IncompatibleSchemaException(String subject, String registryMessage) {
        super("schema incompatible with subject " + subject + ": " + registryMessage);
        this.subject = subject;
        this.registryMessage = registryMessage;
    }

    public String subject() {
        return subject;
    }

    /** What the registry said about the incompatibility. */
    public String registryMessage() {
        return registryMessage;
    }
}
