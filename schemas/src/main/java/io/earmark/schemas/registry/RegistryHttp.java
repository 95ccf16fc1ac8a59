package io.earmark.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Transport for {@link HttpSchemaRegistryClient}: sends one request with the registry's content type and a
 * request timeout, and turns the answer into a {@link Reply} (status, parsed JSON body, Confluent error fields).
 * Transport failures (refused, timed out, interrupted) become {@link RegistryUnavailableException}; mapping
 * statuses to meaning is the caller's job.
 * <p>
 * A request that timed out, or whose connection closed before an answer came, is sent again, up to {@value #ATTEMPTS}
 * times in all (every request here is idempotent: a lookup, or a registration that returns the existing id).
 * <ul>
 *   <li>A process frozen past the timeout (a long GC pause, a suspended VM) finds its request timed out the moment it
 *   runs again, even when the answer is already there: failing then would stop the pipeline's stream thread over a
 *   registry that never failed.</li>
 *   <li>A kept-alive connection that the registry closed while it sat idle in the client's pool fails the next request
 *   sent on it before any byte of an answer ("header parser received no bytes", a reset): the request never reached
 *   a registry that is still there.</li>
 * </ul>
 * A registry that keeps not answering still ends in {@link RegistryUnavailableException}, after {@value #ATTEMPTS}
 * tries; one that nothing listens for (connection refused) ends in it at once.
 */
final class RegistryHttp {
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    static final int ATTEMPTS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final Duration requestTimeout;

    RegistryHttp(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = requestTimeout;
    }

    /** A registry answer: the HTTP status, the JSON body (a missing node if not JSON), and error_code/message if any. */
    record Reply(String url, int status, JsonNode body, int errorCode, String message) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** One phrase for error messages, e.g. {@code HTTP 422 (error_code 42201): Invalid schema}. */
        String describe() {
            String code = errorCode != 0 ? " (error_code " + errorCode + ")" : "";
            return "HTTP " + status + code + (message.isEmpty() ? "" : ": " + message);
        }
    }

    Reply get(String url) {
        return send(request(url).GET().build(), url);
    }

    Reply post(String url, String jsonBody) {
        HttpRequest request = request(url)
                .header("Content-Type", CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
                .build();
        return send(request, url);
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(requestTimeout)
                .header("Accept", CONTENT_TYPE + ", application/json");
    }

    private Reply send(HttpRequest request, String url) {
        HttpResponse<String> response = null;
        for (int attempt = 1; response == null; attempt++) {
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (ConnectException e) {
                throw new RegistryUnavailableException(url, describe(e), e);
            } catch (IOException e) {
                // a timeout, or a connection closed before the answer: ask again (see the class comment)
                if (attempt == ATTEMPTS) {
                    throw new RegistryUnavailableException(url, describe(e) + " (" + ATTEMPTS + " tries)", e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RegistryUnavailableException(url, "interrupted while waiting for the answer", e);
            }
        }
        JsonNode body = parse(response.body());
        return new Reply(url, response.statusCode(), body,
                body.path("error_code").asInt(0), body.path("message").asText(""));
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node == null ? JSON.missingNode() : node;
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    /** The exception's type plus the first message found along its cause chain (JDK connect errors often have none). */
    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return e.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }
}
