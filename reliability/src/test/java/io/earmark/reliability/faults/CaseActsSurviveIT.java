package io.earmark.reliability.faults;

import static io.earmark.streams.testing.Events.BANK;
import static io.earmark.streams.testing.Events.OPERATOR;
import static io.earmark.streams.testing.Events.OUTSIDER;
import static io.earmark.streams.testing.Events.fund;
import static io.earmark.streams.testing.Events.minutes;
import static io.earmark.streams.testing.Events.move;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.reliability.fixture.LaunchedPipeline;
import io.earmark.reliability.fixture.Outcome;
import io.earmark.reliability.fixture.OutcomeReader;
import io.earmark.reliability.fixture.RunTopics;
import io.earmark.reliability.support.Figures;
import io.earmark.reliability.support.InputWriter;
import io.earmark.reliability.support.PrivatePipeline;
import io.earmark.schema.Channel;
import io.earmark.streams.app.PipelineConfig;
import io.earmark.streams.testing.Events;
import io.earmark.streams.topology.TopicNames;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People's case acts survive what alerts survive, on a pipeline started as an operator starts it ({@code ./earmark
 * pipeline}): acts acknowledged with 200, then SIGKILL, a restart on the same state, more acts, then a clean stop
 * and a start on an empty state directory (everything restored from Kafka). Each time the case shows every act
 * acknowledged before, the alerts' cases are opened once, and the table equals the fold of the topic.
 */
@ExtendWith(KafkaStackExtension.class)
class CaseActsSurviveIT {

    private static final int PARTITIONS = 2;
    private static final Duration RECOVERY = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ANALYST = "analyst-token-of-aigerim-01";
    private static final String SUPERVISOR = "supervisor-token-of-bolat-01";

    @Test
    void shouldKeepEveryAcknowledgedActThroughAKillAndALostStateDirectory(KafkaStack stack) throws Exception {
        TopicNames topics = PrivatePipeline.createTopics(stack, "case-acts", PARTITIONS);
        Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "case-acts-");
        Path people = root.resolve("people.txt");
        Files.writeString(people, "aigerim analyst " + ANALYST + "\nbolat supervisor " + SUPERVISOR + "\n");
        Map<String, String> settings = new HashMap<>(PrivatePipeline.settings(stack, "case-acts", topics));
        settings.put(PipelineConfig.HTTP_PEOPLE, people.toAbsolutePath().toString());
        settings.put(PipelineConfig.HTTP_PORT, Integer.toString(freePort()));
        String url = "http://127.0.0.1:" + settings.get(PipelineConfig.HTTP_PORT);
        List<String> acknowledged = new ArrayList<>();

        try (InputWriter writer = new InputWriter(stack)) {
            LaunchedPipeline first = new LaunchedPipeline(root.resolve("first"), settings).start();
            try {
                // Given two alerts, so two cases
                writer.event(topics.funds(), fund("F-CASH", minutes(0)));
                writer.event(topics.movements(), move("M-1", "F-CASH", OPERATOR, BANK, Events.AMOUNT, minutes(10)));
                writer.event(topics.movements(), move("M-2", "F-CASH", BANK, OUTSIDER, 1_000_00L, minutes(20),
                        Channel.CASH_WITHDRAWAL));
                writer.event(topics.funds(), fund("F-DIVERT", minutes(30)));
                writer.event(topics.movements(), move("M-3", "F-DIVERT", OPERATOR, BANK, Events.AMOUNT, minutes(40)));
                writer.event(topics.movements(), move("M-4", "F-DIVERT", BANK, OUTSIDER, 2_000_00L, minutes(50)));
                writer.heartbeats(List.of(topics.funds(), topics.movements(), topics.assets()), PARTITIONS,
                        minutes(90));
                List<String> cases = await("two cases").atMost(RECOVERY).pollInterval(Duration.ofMillis(500))
                        .failFast("the pipeline died", () -> !first.isAlive())
                        .until(() -> caseIds(url), ids -> ids.size() == 2);
                String alertId = cases.stream().filter(id -> id.contains("F-CASH")).findFirst().orElseThrow();

                // When acts are acknowledged and the process is killed right after the last answer
                acknowledged.add(act(url, alertId, ANALYST, body("ASSIGNED").put("assignee", "aigerim")));
                acknowledged.add(act(url, alertId, ANALYST, body("STATUS_CHANGED").put("status", "INVESTIGATING")));
                acknowledged.add(act(url, alertId, ANALYST, body("RESOLUTION_PROPOSED")
                        .put("resolution", "FUNDS_RECOVERED").put("recoveredAmount", 1_000_00L)));
                first.kill();

                // Then the restarted instance has every one of them, and takes the approval
                first.start();
                awaitActs(url, alertId, acknowledged, first);
                acknowledged.add(act(url, alertId, SUPERVISOR, body("RESOLUTION_APPROVED")));
                first.stop();
            } finally {
                first.close();
            }

            // And an instance with no local state restores the same table from Kafka
            LaunchedPipeline fresh = new LaunchedPipeline(root.resolve("fresh"), settings).start();
            try {
                String alertId = acknowledgedCase(acknowledged, url, fresh);
                JsonNode view = get(url + "/api/cases/" + encode(alertId));
                assertThat(view.get("case").get("status").asText()).isEqualTo("RESOLVED");
                assertThat(view.get("case").get("recoveredAmount").asLong()).isEqualTo(1_000_00L);

                RunTopics run = new RunTopics("case-acts", topics.funds(), topics.movements(), topics.assets(),
                        topics.alerts(), topics.fundStatus(), topics.deadLetter(), topics.kickbackSignals(),
                        topics.cases(), PARTITIONS);
                Outcome outcome = new OutcomeReader(stack.bootstrapServers(), stack.registryUrl()).read(run);
                assertThat(outcome.caseTable()).hasSize(2).containsEntry(alertId, "RESOLVED");
                assertThat(outcome.caseRecords()).as("two openings and four acts, none twice").isEqualTo(6);
                for (String id : caseIds(url)) {
                    assertThat(get(url + "/api/cases/" + encode(id)).get("case").get("status").asText())
                            .isEqualTo(outcome.caseTable().get(id));
                }
                Figures.write("case-acts-survive", Map.of("actsAcknowledged", acknowledged.size(),
                        "caseRecords", outcome.caseRecords(), "restarts", 2));
            } finally {
                fresh.close();
            }
        }
    }

    /** Waits until the case on a fresh instance shows every acknowledged act; returns its alertId. */
    private static String acknowledgedCase(List<String> acts, String url, LaunchedPipeline instance) {
        List<String> ids = await("the cases restored").atMost(RECOVERY).pollInterval(Duration.ofMillis(500))
                .failFast("the pipeline died", () -> !instance.isAlive())
                .until(() -> caseIds(url), found -> found.size() == 2);
        String alertId = ids.stream().filter(id -> id.contains("F-CASH")).findFirst().orElseThrow();
        awaitActs(url, alertId, acts, instance);
        return alertId;
    }

    private static void awaitActs(String url, String alertId, List<String> acts, LaunchedPipeline instance) {
        await("every acknowledged act in the case's history").atMost(RECOVERY).pollInterval(Duration.ofMillis(500))
                .failFast("the pipeline died", () -> !instance.isAlive())
                .ignoreExceptions()
                .until(() -> {
                    List<String> history = new ArrayList<>();
                    get(url + "/api/cases/" + encode(alertId)).get("history")
                            .forEach(h -> history.add(h.get("caseEventId").asText()));
                    return history.size() == acts.size() + 1 && history.subList(1, history.size()).equals(acts);
                });
    }

    private static List<String> caseIds(String url) {
        try {
            HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(url + "/api/cases")).GET(), null);
            List<String> ids = new ArrayList<>();
            if (reply.statusCode() == 200) {
                JSON.readTree(reply.body()).get("cases").forEach(c -> ids.add(c.get("alertId").asText()));
            }
            return ids;
        } catch (IOException e) {
            return List.of(); // not listening yet
        }
    }

    private static JsonNode get(String url) throws IOException {
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(url)).GET(), null);
        assertThat(reply.statusCode()).as(url + ": " + reply.body()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    /** Posts one act and returns its caseEventId once it is acknowledged with 200. */
    private static String act(String url, String alertId, String token, ObjectNode body) throws IOException {
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(url + "/api/cases/" + encode(alertId)
                + "/actions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), token);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return body.get("caseEventId").asText();
    }

    private static ObjectNode body(String action) {
        ObjectNode json = JSON.createObjectNode();
        json.put("caseEventId", UUID.randomUUID().toString());
        json.put("action", action);
        return json;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) throws IOException {
        request.timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }
}
