package io.earmark.streams.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks another pipeline instance's HTTP API for the part of an answer it owns. In: its address (from the
 * interactive-query metadata) and a path under {@code /internal}. Out: its status and JSON body, unchanged; a 503 when
 * it does not answer in time. The bearer token, when one is configured, goes along.
 */
final class Peers {

    /** What another instance answered. */
    record Reply(int status, String body) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String token;

    /** {@code token}: the bearer token the instances require of each other, null when authentication is off. */
    Peers(String token) {
        this.token = token;
    }

    Reply get(HostInfo host, String pathAndQuery) {
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json")
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(host, request);
    }

    private Reply send(HostInfo host, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw ApiException.unavailable("instance " + host.host() + ":" + host.port() + " did not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("interrupted while asking " + host.host() + ":" + host.port());
        }
    }

    /** A POST of a JSON body with the caller's own credentials (a person acting), not the instances' token. */
    Reply post(HostInfo host, String path, String body, String authorization) {
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(host, request);
    }

    /** The body of a 200 answer; any other status is passed on as this instance's error. */
    String ok(HostInfo host, String pathAndQuery) {
        Reply reply = get(host, pathAndQuery);
        if (reply.status() != 200) {
            String message = Json.parse(reply.body()).path("message").asText("status " + reply.status());
            throw reply.status() == 400 ? ApiException.badRequest(message)
                    : ApiException.unavailable(host.host() + ":" + host.port() + ": " + message);
        }
        return reply.body();
    }
}
