package io.earmark.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.earmark.schema.AlertRule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code earmark demo} as a user runs it, in a process of its own (ports chosen free, one simulated day every half
 * second): the dashboard URL is printed, the dashboard is served, alerts of every rule arrive, and a signal stops the
 * demo with nothing left behind — the registry child process included. Cases: the three people's tokens are
 * printed, acting needs one, and the simulated colleagues resolve some cases, leave some awaiting approval and some
 * NEW. SIGTERM runs the same shutdown hooks as
 * Ctrl-C (SIGINT), and unlike SIGINT it is never ignored by a background process.
 */
class DemoIT {

    private static final Pattern DASHBOARD = Pattern.compile("Dashboard:\\s+(http://\\S+?)/?\\s*$", Pattern.MULTILINE);
    private static final Pattern TOKEN = Pattern.compile(
            "^\\s+(viewer|analyst|supervisor)\\s+\\S+\\s+http://\\S+/#token=(\\w+)\\s*$", Pattern.MULTILINE);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldRaiseEveryRuleOnTheDashboardAndLeaveNoProcessBehindWhenStopped() throws Exception {
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "demo-it-");
        Path out = work.resolve("demo.out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process demo = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                EarmarkCli.class.getName(), "demo", "--kafka-port", "0", "--registry-port", "0", "--http-port", "0",
                "--funds", "60", "--days", "5", "--fraud-rate", "0.3", "--day-seconds", "0.5")
                .redirectOutput(out.toFile()).redirectError(work.resolve("demo.err").toFile()).start();
        try {
            String url = await("the dashboard URL").atMost(Duration.ofSeconds(180))
                    .failFast("the demo exited: see " + work, () -> !demo.isAlive())
                    .until(() -> dashboardUrl(out), Optional::isPresent).orElseThrow();
            assertThat(get(url + "/").body()).contains("<title>Earmark");

            Set<String> everyRule = new HashSet<>(Arrays.stream(AlertRule.values()).map(Enum::name).toList());
            await("alerts of every rule").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                    .failFast("the demo exited: see " + work, () -> !demo.isAlive())
                    .until(() -> rulesSeen(url).containsAll(everyRule));

            // Cases: three people's tokens printed; acting needs one; the simulated colleagues triage part
            Map<String, String> tokens = tokens(Files.readString(out));
            assertThat(tokens.keySet()).containsExactlyInAnyOrder("viewer", "analyst", "supervisor");
            assertThat(post(url + "/api/cases/x/actions", "{}", null).statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(get(url + "/api/me", tokens.get("supervisor")).body()).get("role").asText())
                    .isEqualTo("supervisor");
            await("cases resolved by the simulated colleagues, and cases left NEW").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofSeconds(1)).failFast("the demo exited: see " + work, () -> !demo.isAlive())
                    .until(() -> count(url, "RESOLVED") > 0 && count(url, "NEW") > 0
                            && count(url, "PENDING_APPROVAL") > 0);

            List<ProcessHandle> children = demo.descendants().toList();
            assertThat(children).as("the schema registry runs as a child process").isNotEmpty();
            demo.destroy();
            assertThat(demo.waitFor(90, TimeUnit.SECONDS)).as("the demo stops").isTrue();
            assertThat(children).noneMatch(ProcessHandle::isAlive);
            assertThat(Files.readString(out)).contains("Stopping the demo...", "Stopped.");
        } finally {
            demo.descendants().forEach(ProcessHandle::destroyForcibly);
            demo.destroyForcibly();
        }
    }

    private static Optional<String> dashboardUrl(Path out) throws IOException {
        Matcher m = DASHBOARD.matcher(Files.readString(out));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** role to token, from the demo's "Cases:" lines ({@code role name URL/#token=TOKEN}). */
    private static Map<String, String> tokens(String output) {
        Map<String, String> tokens = new HashMap<>();
        Matcher m = TOKEN.matcher(output);
        while (m.find()) {
            tokens.put(m.group(1), m.group(2));
        }
        return tokens;
    }

    private static int count(String url, String status) throws Exception {
        HttpResponse<String> response = get(url + "/api/cases?limit=1000&status=" + status);
        return response.statusCode() == 200 ? JSON.readTree(response.body()).get("cases").size() : 0;
    }

    private static HttpResponse<String> post(String url, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Set<String> rulesSeen(String url) throws Exception {
        HttpResponse<String> response = get(url + "/api/alerts/counts");
        Set<String> rules = new HashSet<>();
        if (response.statusCode() == 200) {
            JsonNode byRule = JSON.readTree(response.body()).get("byRule");
            byRule.fieldNames().forEachRemaining(rules::add);
        }
        return rules;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
