package io.earmark.deploy.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Reads the schema registry's Confluent REST API directly, independently of the client under test.
 * In: the registry's base URL and a path such as {@code /schemas/ids/7}. Out: the status and the JSON body.
 */
public final class RegistryRest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An answer of the registry. */
    public record Reply(int status, JsonNode body) {
    }

    private RegistryRest() {
    }

    public static Reply get(String registryUrl, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(registryUrl + path)).timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), JSON.readTree(response.body()));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("GET " + registryUrl + path + " failed: " + e, e);
        }
    }
}
