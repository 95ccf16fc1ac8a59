package io.earmark.schemas.registry;

/**
 * The registry could not be reached (connection refused, timeout, interrupted) or answered with a server error.
 * Transient: a record that failed with this is not bad data and must not be dead-lettered.
 */
public class RegistryUnavailableException extends SchemaRegistryException {
    private final String url;

    public RegistryUnavailableException(String url, String cause, Throwable throwable) {
        super("schema registry unavailable at " + url + ": " + cause, throwable);
        this.url = url;
    }

    /** The URL that was requested. */
    public String url() {
        return url;
    }
}
