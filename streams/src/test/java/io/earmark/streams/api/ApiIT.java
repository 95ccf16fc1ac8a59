package io.earmark.streams.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.schema.Channel;
import io.earmark.schema.FundEarmarked;
import io.earmark.streams.app.PipelineConfig;
import io.earmark.streams.state.StoreNames;
import io.earmark.streams.testing.Events;
import io.earmark.streams.testing.Scenario;
import io.earmark.streams.topology.PipelineSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HTTP API of two running instances of one pipeline (real broker and registry): the every-rule scenario goes in
 * once; then every endpoint is asked of both instances. A fund owned by the other instance is forwarded to it and
 * the answer is the same whichever instance is asked; lists merge the parts of both. The live stream test runs last:
 * it adds an alert.
 */
@ExtendWith(KafkaStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiIT {

    private static final String BANK = "990740000683";
    private static final String LEASING = "061140002222";
    private static final List<String> FUNDS = List.of("F-IDLE", "F-DIV", "F-CASH", "F-KICK", "F-NOREG", "F-SHORT",
            "F-SUB", "F-DUP1", "F-DUP2", "F-GHOST");

    private final Scenario scenario = Scenario.load("scenarios/every-rule");
    private LivePipelines live;
    private String a;
    private String b;

    @BeforeAll
    void startTwoInstancesAndPublishTheScenario(KafkaStack stack) throws InterruptedException {
        live = new LivePipelines(stack, 3, 2, core() == PipelineSettings.Core.BY_BENEFICIARY
                ? Map.of(PipelineConfig.CORE, "by-beneficiary") : Map.of());
        a = live.instance(0).url();
        b = live.instance(1).url();
        live.publishGarbage(live.movements);
        live.publish(scenario.events());
        live.advanceTo(scenario.end());
        await("every expected alert in the stores").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Http.Reply reply = Http.get(a + "/api/alerts");
                    return reply.status() == 200 && reply.json().get("alerts").size() == scenario.expected().size();
                });
        // Recent alerts are visible at once, a fund's ledger as of the last commit (100 ms): wait until they stand still
        String[] previous = {""};
        await("every fund's ledger committed").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(400))
                .until(() -> {
                    String now = String.join("\n", FUNDS.stream().map(f -> Http.get(a + "/api/funds/" + f).body())
                            .toList());
                    boolean settled = now.equals(previous[0]);
                    previous[0] = now;
                    return settled;
                });
    }

    @AfterAll
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    @Test
    @Order(1)
    void shouldForwardAFundOwnedByTheOtherInstanceAndAnswerTheSameEitherWay() {
        // Given a fund whose ledger lives on instance B
        String fund = fundOwnedBy(1);
        String ownerB = "127.0.0.1:" + live.instance(1).config().httpPort();

        // When both instances are asked
        Http.Reply viaA = Http.get(a + "/api/funds/" + fund);
        Http.Reply viaB = Http.get(b + "/api/funds/" + fund);

        // Then A forwarded to B (A alone does not have it) and both answers are the same
        assertThat(Http.get(a + "/internal/funds/" + fund).status()).isEqualTo(404);
        assertThat(viaA.status()).isEqualTo(200);
        assertThat(viaA.body()).isEqualTo(viaB.body());
        assertThat(viaA.answeredBy()).isEqualTo(ownerB);
        assertThat(viaB.answeredBy()).isEqualTo(ownerB);
        assertThat(viaA.json().get("fundId").asText()).isEqualTo(fund);
    }

    @Test
    @Order(1)
    void shouldAnswerEveryFundFromEitherInstance() {
        for (String fund : FUNDS) {
            Http.Reply viaA = Http.get(a + "/api/funds/" + fund);
            assertThat(viaA.status()).as(fund).isEqualTo(200);
            assertThat(Http.get(b + "/api/funds/" + fund).body()).as(fund).isEqualTo(viaA.body());
        }
    }

    @Test
    @Order(1)
    void shouldShowAFundsStatusWithDesignFieldNamesAndItsJourney() {
        JsonNode fund = Http.get(b + "/api/funds/F-CASH").json();

        JsonNode status = fund.get("status");
        assertThat(status.get("fundId").asText()).isEqualTo("F-CASH");
        assertThat(status.get("programme").asText()).isEqualTo("AUYL_AMANATY");
        assertThat(status.get("financialOrgId").asText()).isEqualTo(BANK);
        assertThat(status.get("amount").asLong()).isEqualTo(500_000_000L);
        assertThat(status.get("heldByFinancialOrg").asLong()).isZero();
        assertThat(status.get("heldByBeneficiary").asLong()).isEqualTo(250_000_000L);
        assertThat(status.get("diverted").asLong()).isEqualTo(250_000_000L);
        assertThat(status.get("state").asText()).isEqualTo("FLAGGED");
        assertThat(status.get("openAlerts").asInt()).isEqualTo(1);
        assertThat(status.get("updatedAt").asText()).isEqualTo("2024-10-01T07:00:00Z");
        assertThat(StreamSupport.stream(fund.get("journey").spliterator(), false).map(s -> s.get("eventId").asText()))
                .containsExactly("E-F-CASH", "M-CASH-1", "M-CASH-2", "CASH_WITHDRAWAL:M-CASH-3", "M-CASH-3");
        assertThat(fund.get("journey").get(3).get("kind").asText()).isEqualTo("ALERT");
        JsonNode cash = StreamSupport.stream(fund.get("journey").spliterator(), false)
                .filter(s -> s.get("eventId").asText().equals("M-CASH-3")).findFirst().orElseThrow();
        assertThat(cash.get("eventTime").asText()).isEqualTo("2024-10-01T07:00:00Z");
        assertThat(cash.get("amount").asLong()).isEqualTo(250_000_000L);
    }

    @Test
    @Order(1)
    void shouldShowAnUnannouncedFundsHeldMovementWithoutAStatus() {
        JsonNode ghost = Http.get(a + "/api/funds/F-GHOST").json();

        assertThat(ghost.get("known").asBoolean()).isFalse();
        assertThat(ghost.get("status").isNull()).isTrue();
        assertThat(ghost.get("journey").toString()).contains("M-GHOST-1");
    }

    @Test
    @Order(1)
    void shouldAnswer404WithAMessageForAFundNoEventNamed() {
        for (String url : List.of(a, b)) {
            Http.Reply reply = Http.get(url + "/api/funds/F-NOBODY");
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("application/json");
            assertThat(reply.json().get("message").asText()).contains("F-NOBODY");
        }
    }

    @Test
    @Order(1)
    void shouldListTheAlertsOfBothInstancesNewestFirst() {
        for (String url : List.of(a, b)) {
            JsonNode alerts = Http.get(url + "/api/alerts").json().get("alerts");

            assertThat(ids(alerts)).containsExactlyInAnyOrderElementsOf(
                    scenario.expected().stream().map(Scenario.ExpectedAlert::alertId).toList());
            List<Instant> detected = new ArrayList<>();
            alerts.forEach(x -> detected.add(Instant.parse(x.get("detectedAt").asText())));
            assertThat(detected).isSortedAccordingTo((x, y) -> y.compareTo(x));
            JsonNode kickback = find(alerts, "KICKBACK_SUSPECTED:F-KICK:M-KICK-BACK-2");
            assertThat(kickback.get("counterpartyId").asText()).isEqualTo("120540012345");
            assertThat(kickback.get("amountAtRisk").asLong()).isEqualTo(160_000_000L);
            assertThat(kickback.get("evidence").get(0).has("eventId")).isTrue();
        }
        assertThat(Http.get(a + "/api/alerts").body()).isEqualTo(Http.get(b + "/api/alerts").body());
    }

    @Test
    @Order(1)
    void shouldFilterAlertsByEachParameter() {
        assertThat(ids(alerts("rule=IDLE_FUNDS"))).containsExactlyInAnyOrder(
                "IDLE_FUNDS:F-IDLE:2024-10-03T01:00:00Z", "IDLE_FUNDS:F-IDLE:2024-10-07T01:00:00Z");
        assertThat(ids(alerts("severity=CRITICAL"))).containsExactlyInAnyOrder(
                "KICKBACK_SUSPECTED:F-KICK:M-KICK-BACK-2", "DUPLICATE_ASSET:F-DUP2:R-DUP-2");
        assertThat(ids(alerts("programme=INVESTMENT_SUBSIDY"))).containsExactly("OVERSUBSIDY:F-SUB:R-SUB-1");
        assertThat(ids(alerts("financialOrg=" + LEASING))).containsExactly("OVERSUBSIDY:F-SUB:R-SUB-1");
        assertThat(ids(alerts("since=2024-10-07T01:00:00Z"))).containsExactlyInAnyOrder(
                "IDLE_FUNDS:F-IDLE:2024-10-07T01:00:00Z", "ASSET_NOT_REGISTERED:F-NOREG:2024-10-11T11:00:00Z",
                "ASSET_SHORTFALL:F-SHORT:2024-10-11T13:00:00Z");
        assertThat(ids(alerts("limit=2"))).containsExactly(
                "ASSET_SHORTFALL:F-SHORT:2024-10-11T13:00:00Z", "ASSET_NOT_REGISTERED:F-NOREG:2024-10-11T11:00:00Z");
        assertThat(ids(alerts("rule=IDLE_FUNDS&severity=HIGH&financialOrg=" + BANK))).containsExactly(
                "IDLE_FUNDS:F-IDLE:2024-10-07T01:00:00Z");
    }

    @Test
    @Order(1)
    void shouldRejectABadParameterWith400AndAMessage() {
        for (String query : List.of("rule=NOT_A_RULE", "severity=URGENT", "programme=x", "since=yesterday",
                "limit=0", "limit=1001", "limit=ten")) {
            Http.Reply reply = Http.get(b + "/api/alerts?" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.json().get("message").asText()).as(query).contains(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    @Order(1)
    void shouldCountAlertsByRuleAndSeverity() {
        JsonNode counts = Http.get(a + "/api/alerts/counts").json();

        assertThat(counts.get("total").asInt()).isEqualTo(10);
        assertThat(counts.get("byRule").get("IDLE_FUNDS").asInt()).isEqualTo(2);
        assertThat(counts.get("byRule").get("UNKNOWN_FUND").asInt()).isEqualTo(1);
        assertThat(counts.get("bySeverity").get("HIGH").asInt()).isEqualTo(5);
        assertThat(counts.get("bySeverity").get("CRITICAL").asInt()).isEqualTo(2);
        assertThat(counts.get("bySeverity").get("MEDIUM").asInt()).isEqualTo(2);
        assertThat(counts.get("bySeverity").get("LOW").asInt()).isEqualTo(1);
        assertThat(Http.get(b + "/api/alerts/counts").body()).isEqualTo(Http.get(a + "/api/alerts/counts").body());
    }

    @Test
    @Order(1)
    void shouldRankFinancialOrgsByMoneyHeldPastMaxIdleInEventTime() {
        JsonNode table = Http.get(b + "/api/financial-orgs").json();

        // The end heartbeats put every instance's event clock at the scenario's end.
        assertThat(table.get("asOf").asText()).isEqualTo("2024-11-30T00:00:00Z");
        JsonNode bank = table.get("financialOrgs").get(0);
        assertThat(bank.get("financialOrgId").asText()).isEqualTo(BANK);
        assertThat(bank.get("funds").asInt()).isEqualTo(8);
        // F-IDLE's 5 M KZT sit at the bank since 2024-10-01T01:00, far past its 48 hours; nothing else is held.
        assertThat(bank.get("heldByFinancialOrg").asLong()).isEqualTo(500_000_000L);
        assertThat(bank.get("heldPastMaxIdle").asLong()).isEqualTo(500_000_000L);
        assertThat(bank.get("alerts").asInt()).isEqualTo(8);
        assertThat(bank.get("alertsByRule").get("IDLE_FUNDS").asInt()).isEqualTo(2);
        JsonNode leasing = table.get("financialOrgs").get(1);
        assertThat(leasing.get("financialOrgId").asText()).isEqualTo(LEASING);
        assertThat(leasing.get("funds").asInt()).isEqualTo(1);
        assertThat(leasing.get("heldByFinancialOrg").asLong()).isZero();
        assertThat(leasing.get("alertsByRule").get("OVERSUBSIDY").asInt()).isEqualTo(1);
        assertThat(table.get("financialOrgs").size()).isEqualTo(2);
        assertThat(Http.get(a + "/api/financial-orgs").body()).isEqualTo(Http.get(b + "/api/financial-orgs").body());
    }

    @Test
    @Order(1)
    void shouldBeHealthyOnlyWhileRunningAndExposePrometheusMetrics() {
        assertThat(Http.get(a + "/health").status()).isEqualTo(200);
        assertThat(Http.get(b + "/health").json().get("state").asText()).isEqualTo("RUNNING");

        String metrics = Http.get(a + "/metrics").body() + Http.get(b + "/metrics").body();
        assertThat(Http.get(a + "/metrics").contentType()).startsWith("text/plain");
        assertThat(sum(metrics, "earmark_events_total{topic=\"" + live.funds + "\"}")).isEqualTo(9);
        assertThat(sum(metrics, "earmark_alerts_total{rule=\"IDLE_FUNDS\",severity=\"MEDIUM\"}")).isEqualTo(1);
        assertThat(sum(metrics, "earmark_deadletter_total{reason=\"NOT_WIRE_FORMAT\",topic=\"" + live.movements
                + "\"}")).isEqualTo(1);
        assertThat(metrics).contains("earmark_alert_latency_seconds_bucket{rule=\"CASH_WITHDRAWAL\",le=\"5.0\"}");
        assertThat(metrics).contains("earmark_event_time_latest_seconds");
        assertThat(metrics).contains("kafka_stream_thread_process_total");
    }

    @Test
    @Order(2)
    void shouldStreamEachNewAlertAsAServerSentEventFromEitherInstance() throws Exception {
        List<String> linesA = new CopyOnWriteArrayList<>();
        List<String> linesB = new CopyOnWriteArrayList<>();
        Thread readerA = listen(a + "/api/alerts/stream", linesA);
        Thread readerB = listen(b + "/api/alerts/stream", linesB);
        await().atMost(Duration.ofSeconds(10)).until(() -> connected(linesA) && connected(linesB));

        // When a new fund's money is withdrawn in cash
        Instant t = Instant.parse("2024-12-01T00:00:00Z");
        live.publish(List.of(
                Events.fund("F-LIVE", f -> f.setEventTime(t)),
                Events.move("M-LIVE-1", "F-LIVE", Events.OPERATOR, Events.BANK, Events.AMOUNT, t.plusSeconds(60)),
                Events.move("M-LIVE-2", "F-LIVE", Events.BANK, Events.BENEFICIARY, Events.AMOUNT, t.plusSeconds(120)),
                Events.move("M-LIVE-3", "F-LIVE", Events.BENEFICIARY, Events.BENEFICIARY, 1000_00L,
                        t.plusSeconds(180), Channel.CASH_WITHDRAWAL)));
        live.advanceTo(t.plusSeconds(240));

        // Then both instances stream it, once
        String id = "CASH_WITHDRAWAL:F-LIVE:M-LIVE-3";
        await().atMost(Duration.ofSeconds(30)).until(() -> linesA.contains("id: " + id) && linesB.contains("id: " + id));
        assertThat(linesA).contains("event: alert");
        assertThat(linesA.stream().filter(l -> l.startsWith("data: ")).toList()).singleElement()
                .satisfies(data -> assertThat(data).contains("\"alertId\":\"" + id + "\"", "\"rule\":\"CASH_WITHDRAWAL\""));
        readerA.interrupt();
        readerB.interrupt();
    }

    /** The core the instances run; {@code ApiByBeneficiaryIT} asks the same of the beneficiary-keyed one. */
    PipelineSettings.Core core() {
        return PipelineSettings.Core.BY_FUND;
    }

    /** The key of the fund's ledger: its fundId, or, in the beneficiary-keyed core, its earmark's beneficiary. */
    private String ledgerKey(String fundId) {
        if (core() == PipelineSettings.Core.BY_FUND) {
            return fundId;
        }
        return scenario.events().stream().filter(e -> e instanceof FundEarmarked f && f.getFundId().equals(fundId))
                .map(e -> ((FundEarmarked) e).getBeneficiaryId()).findFirst().orElseThrow();
    }

    private String fundOwnedBy(int instance) {
        HostInfo owner = new HostInfo("127.0.0.1", live.instance(instance).config().httpPort());
        return List.of("F-IDLE", "F-DIV", "F-CASH", "F-KICK", "F-NOREG", "F-SHORT", "F-SUB", "F-DUP1", "F-DUP2")
                .stream().filter(f -> live.instance(0).pipeline().streams().queryMetadataForKey(StoreNames.FUND_LEDGERS,
                        ledgerKey(f), org.apache.kafka.common.serialization.Serdes.String().serializer()).activeHost()
                        .equals(owner)).findFirst()
                .orElseThrow(() -> new AssertionError("no scenario fund is owned by instance " + instance));
    }

    private JsonNode alerts(String query) {
        Http.Reply reply = Http.get(a + "/api/alerts?" + query);
        assertThat(reply.status()).as(query).isEqualTo(200);
        return reply.json().get("alerts");
    }

    private static List<String> ids(JsonNode alerts) {
        List<String> ids = new ArrayList<>();
        alerts.forEach(x -> ids.add(x.get("alertId").asText()));
        return ids;
    }

    private static JsonNode find(JsonNode alerts, String alertId) {
        for (JsonNode alert : alerts) {
            if (alert.get("alertId").asText().equals(alertId)) {
                return alert;
            }
        }
        throw new AssertionError("no alert " + alertId);
    }

    /** Sums the values of one Prometheus series over both instances' scrapes (a series may be on either). */
    private static double sum(String scrapes, String series) {
        return scrapes.lines().filter(l -> l.startsWith(series + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(series.length() + 1).trim())).sum();
    }

    private static boolean connected(List<String> lines) {
        return lines.stream().anyMatch(l -> l.startsWith(":") && l.contains("connected"));
    }

    private static Thread listen(String url, List<String> lines) {
        Thread reader = new Thread(() -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").build();
            try {
                HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request,
                        HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while (!Thread.currentThread().isInterrupted() && (line = in.readLine()) != null) {
                        lines.add(line);
                    }
                }
            } catch (Exception e) {
                lines.add("error: " + e);
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }
}
