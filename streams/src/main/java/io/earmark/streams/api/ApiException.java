package io.earmark.streams.api;

/**
 * A request the API answers with an error: the HTTP status and one sentence for the {@code {"message": ...}} body.
 * 400 for a bad parameter, 401 without the configured token, 403 for what this
 * configuration does not serve, 404 for an unknown fund, 503 while the answer cannot be had (state migrating between
 * instances, another instance not answering).
 */
public final class ApiException extends RuntimeException {

    private final int status;

    private ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    /** 409: the act is not legal in the state the thing is in; nothing was written. */
    public static ApiException conflict(String message) {
        return new ApiException(409, message);
    }

    public static ApiException unavailable(String message) {
        return new ApiException(503, message);
    }

    public int status() {
        return status;
    }
}
