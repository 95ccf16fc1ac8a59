package io.earmark.streams.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.schema.Channel;
import io.earmark.streams.app.PipelineConfig;
import io.earmark.streams.testing.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HTTP surface of two running instances with {@code earmark.http.token} and {@code earmark.http.mask-iin} set
 * (real broker and registry): every route but /health needs the token, the instances pass it on when they forward,
 * and people's ids come out masked while the financial organisation's stays readable.
 */
@ExtendWith(KafkaStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiSecurityIT {

    private static final String TOKEN = "it-token-" + System.nanoTime();
    private static final Map<String, String> RIGHT = Map.of("Authorization", "Bearer " + TOKEN);
    private static final List<String> FUNDS = List.of("F-SEC-1", "F-SEC-2", "F-SEC-3", "F-SEC-4", "F-SEC-5");
    private static final String CASH_ALERT = "CASH_WITHDRAWAL:F-SEC-1:M-SEC-1-3";

    private LivePipelines live;
    private String a;
    private String b;

    @BeforeAll
    void startTwoSecuredInstances(KafkaStack stack) throws InterruptedException {
        live = new LivePipelines(stack, 2, 2, Map.of(PipelineConfig.HTTP_TOKEN, TOKEN,
                PipelineConfig.HTTP_MASK_IIN, "true"));
        a = live.instance(0).url();
        b = live.instance(1).url();
        Instant t = Events.T0;
        List<SpecificRecord> events = new ArrayList<>();
        for (String fund : FUNDS) {
            events.add(Events.fund(fund));
            events.add(Events.move("M-" + fund.substring(2) + "-1", fund, Events.OPERATOR, Events.BANK, Events.AMOUNT,
                    t.plusSeconds(60)));
            events.add(Events.move("M-" + fund.substring(2) + "-2", fund, Events.BANK, Events.BENEFICIARY,
                    Events.AMOUNT, t.plusSeconds(120)));
        }
        events.add(Events.move("M-SEC-1-3", "F-SEC-1", Events.BENEFICIARY, Events.BENEFICIARY, 1000_00L,
                t.plusSeconds(180), Channel.CASH_WITHDRAWAL));
        live.publish(events);
        live.advanceTo(t.plusSeconds(240));
        await("the cash withdrawal alert in the stores").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    Http.Reply reply = Http.get(a + "/api/alerts?rule=CASH_WITHDRAWAL", RIGHT);
                    return reply.status() == 200 && reply.body().contains(CASH_ALERT);
                });
        // The alert goes out when the withdrawal arrives; the ledger reaches the queryable store at the next commit,
        // after the heartbeat has let the core apply every movement in order.
        await("every movement in the fund's queryable ledger").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200)).until(() -> List.of(a, b).stream().allMatch(url -> {
                    Http.Reply reply = Http.get(url + "/api/funds/F-SEC-1", RIGHT);
                    return reply.status() == 200 && reply.body().contains("M-SEC-1-3")
                            && !reply.json().at("/status/beneficiaryId").asText().isEmpty();
                }));
    }

    @AfterAll
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    @Test
    void shouldAnswer401WithoutTheRightTokenOnEveryRouteButHealth() {
        for (String path : List.of("/api/alerts", "/api/funds/F-SEC-1", "/api/alerts/counts", "/api/financial-orgs",
                "/api/alerts/stream", "/", "/index.html", "/dashboard.js", "/metrics", "/internal/alerts",
                "/api/funds/F-SEC-1/flow.svg", "/api/parties/" + Events.BANK + "/network",
                "/internal/parties/links?id=" + Events.BANK)) {
            for (Map<String, String> headers : List.of(Map.<String, String>of(),
                    Map.of("Authorization", "Bearer wrong-" + TOKEN), Map.of("Authorization", TOKEN),
                    Map.of("Cookie", TokenAuth.COOKIE + "=wrong"))) {
                Http.Reply reply = Http.get(a + path, headers);
                assertThat(reply.status()).as(path + " " + headers).isEqualTo(401);
                assertThat(reply.contentType()).as(path).startsWith("application/json");
                assertThat(reply.json().get("message").asText()).as(path).contains("token");
            }
            assertThat(Http.get(b + path + "?token=wrong").status()).as(path).isEqualTo(401);
        }
        assertThat(Http.get(a + "/health").status()).isEqualTo(200);
        assertThat(Http.get(b + "/health").json().get("state").asText()).isEqualTo("RUNNING");
    }

    @Test
    void shouldAnswerWithTheRightTokenAndForwardItBetweenInstances() {
        for (String path : List.of("/api/alerts", "/api/alerts/counts", "/api/financial-orgs", "/", "/dashboard.js",
                "/metrics")) {
            assertThat(Http.get(a + path, RIGHT).status()).as(path).isEqualTo(200);
        }
        // each fund asked of both instances: one of them forwards to the owner, with the token
        for (String fund : FUNDS) {
            Http.Reply viaA = Http.get(a + "/api/funds/" + fund, RIGHT);
            Http.Reply viaB = Http.get(b + "/api/funds/" + fund, RIGHT);
            assertThat(viaA.status()).as(fund).isEqualTo(200);
            assertThat(viaB.body()).as(fund).isEqualTo(viaA.body());
        }
        assertThat(Http.get(b + "/api/alerts", RIGHT).body()).isEqualTo(Http.get(a + "/api/alerts", RIGHT).body());
    }

    @Test
    void shouldLetABrowserInWithTheTokenOnceAsQueryParameterThenByCookie() {
        Http.Reply page = Http.get(a + "/?token=" + TOKEN);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("dashboard.js");
        assertThat(page.setCookie()).startsWith(TokenAuth.COOKIE + "=").contains("HttpOnly", "SameSite=Strict");
        String cookie = page.setCookie().substring(0, page.setCookie().indexOf(';'));
        assertThat(Http.get(a + "/api/alerts", Map.of("Cookie", cookie)).status()).isEqualTo(200);
        assertThat(Http.get(a + "/dashboard.js", Map.of("Cookie", cookie)).status()).isEqualTo(200);
    }

    @Test
    void shouldMaskPeoplesIdsButNotTheFinancialOrgs() {
        for (String url : List.of(a, b)) {
            Http.Reply reply = Http.get(url + "/api/funds/F-SEC-1", RIGHT);
            JsonNode fund = reply.json();

            assertThat(fund.at("/status/beneficiaryId").asText()).isEqualTo("********0456");
            assertThat(fund.at("/status/financialOrgId").asText()).isEqualTo(Events.BANK);
            JsonNode toBank = step(fund, "M-SEC-1-1");
            assertThat(toBank.get("fromId").asText()).isEqualTo("********3594");
            assertThat(toBank.get("toId").asText()).isEqualTo(Events.BANK);
            assertThat(step(fund, "M-SEC-1-2").get("toId").asText()).isEqualTo("********0456");
            assertThat(reply.body()).doesNotContain(Events.BENEFICIARY, Events.OPERATOR);

            String alerts = Http.get(url + "/api/alerts", RIGHT).body();
            assertThat(alerts).contains(CASH_ALERT, "********0456").doesNotContain(Events.BENEFICIARY);
        }
        // the instances' own parts stay unmasked (only the public answers are masked)
        assertThat(Http.get(a + "/internal/alerts", RIGHT).body() + Http.get(b + "/internal/alerts", RIGHT).body())
                .contains(Events.BENEFICIARY);
    }

    @Test
    void shouldNotServePicturesOrNetworksWhileIdsAreMasked() {
        for (String url : List.of(a, b)) {
            for (String path : List.of("/api/funds/F-SEC-1/flow.svg", "/api/funds/F-SEC-1/idle.svg",
                    "/api/parties/" + Events.BANK + "/network", "/api/parties/" + Events.BANK + "/network.svg")) {
                Http.Reply reply = Http.get(url + path, RIGHT);

                assertThat(reply.status()).as(path).isEqualTo(403);
                assertThat(reply.json().get("message").asText()).as(path).contains("mask-iin");
                assertThat(reply.body()).as(path).doesNotContain(Events.BENEFICIARY, Events.OPERATOR);
            }
        }
    }

    private static JsonNode step(JsonNode fund, String eventId) {
        for (JsonNode step : fund.get("journey")) {
            if (step.get("eventId").asText().equals(eventId)) {
                return step;
            }
        }
        throw new AssertionError("no journey step " + eventId + " in " + fund);
    }
}
