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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code earmark demo} as a user runs it, in a process of its own (ports chosen free, one simulated day every half
 * second): the dashboard URL is printed, the dashboard is served, alerts of every rule arrive, and a signal stops the
 * demo with nothing left behind — the registry child process included. SIGTERM runs the same shutdown hooks as
 * Ctrl-C (SIGINT), and unlike SIGINT it is never ignored by a background process.
 */
class DemoIT {

    private static final Pattern DASHBOARD = Pattern.compile("Dashboard:\\s+(http://\\S+?)/?\\s*$", Pattern.MULTILINE);
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
