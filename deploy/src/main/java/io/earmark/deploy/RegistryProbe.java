package io.earmark.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The two HTTP calls that bring a freshly started registry into service, against its Confluent API base URL.
 * {@link #answers()}: does {@code GET /subjects} answer 200 yet. {@link #setBackwardCompatibility()}: the global
 * {@code PUT /config {"compatibility":"BACKWARD"}}, so that an incompatible schema change is refused with 409
 * (Apicurio's own default is no compatibility rule at all).
 */
final class RegistryProbe {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String baseUrl;

    RegistryProbe(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** True once the registry answers 200; false while it is not listening or not ready. */
    boolean answers() throws InterruptedException {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl + "/subjects")).timeout(TIMEOUT).GET().build();
        try {
            return client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        }
    }

    /** Sets BACKWARD as the global compatibility; throws {@link IllegalStateException} if the registry refuses. */
    void setBackwardCompatibility() throws InterruptedException {
        HttpRequest put = HttpRequest.newBuilder(URI.create(baseUrl + "/config")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"compatibility\":\"BACKWARD\"}"))
                .build();
        HttpResponse<String> reply;
        try {
            reply = client.send(put, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("PUT " + baseUrl + "/config failed: " + e, e);
        }
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("PUT " + baseUrl + "/config answered HTTP " + reply.statusCode()
                    + ": " + reply.body());
        }
    }
}
