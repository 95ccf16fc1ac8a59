package io.earmark.schemas.serde;

/**
 * A record's bytes could not be turned into an event. {@link #reason()} is a stable machine-readable code
 * (the dead-letter reason header); the message is one human sentence with the detail.
 * Registry outages are not decoding failures: they surface as
 * {@link io.earmark.schemas.registry.RegistryUnavailableException} so that good records are never dead-lettered.
 */
public class DecodingException extends RuntimeException {
    public static final String NOT_WIRE_FORMAT = "NOT_WIRE_FORMAT";
    public static final String UNKNOWN_SCHEMA_ID = "UNKNOWN_SCHEMA_ID";
    public static final String UNDECODABLE = "UNDECODABLE";
    public static final String TOO_LARGE = "TOO_LARGE";

    private final String reason;

    public DecodingException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** One of {@link #NOT_WIRE_FORMAT}, {@link #UNKNOWN_SCHEMA_ID}, {@link #UNDECODABLE}, {@link #TOO_LARGE}. */
    public String reason() {
        return reason;
    }
}
