package io.earmark.streams.api;

import static io.earmark.streams.testing.PageUser.quoted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.schema.Channel;
import io.earmark.streams.app.PipelineConfig;
import io.earmark.streams.testing.Events;
import io.earmark.streams.testing.HeadlessChromium;
import io.earmark.streams.testing.PageUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's cases in a real headless Chromium against a running pipeline (real broker and registry) that knows
 * three people ({@code earmark.http.people}): an analyst signs in from a link ({@code #token=}), triages a case —
 * assigns it to herself, sets it INVESTIGATING, comments — sees a refusal inline, and proposes that the funds were
 * recovered (typed in tenge, stored in tiyn); the page offers her no approval and the API refuses hers (403: her role
 * is checked before the case); a supervisor signs in by pasting his token, is offered no approval of his own proposal
 * and refused one by the API (409, four eyes), and approves hers; the inbox, the case view and
 * the live feed then show the case RESOLVED with its whole history. Hostile ids show as text. Screenshots go to
 * {@code target/cases-it/} (docs/case-inbox.png and docs/case-view.png are copies, refreshed by hand). Without
 * Chromium the test is skipped, except in CI (CI=true), where it fails.
 */
@ExtendWith(KafkaStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasesDashboardIT {

    private static final Path SHOTS = Path.of("target", "cases-it");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration UI = Duration.ofSeconds(20);

    private static final String ANALYST = "aigerim";
    private static final String SUPERVISOR = "nurlan";
    private static final String VIEWER = "dana";
    private static final String ANALYST_TOKEN = "analyst-" + UUID.randomUUID();
    private static final String SUPERVISOR_TOKEN = "supervisor-" + UUID.randomUUID();
    private static final String VIEWER_TOKEN = "viewer-" + UUID.randomUUID();

    /** The analyst's case, the supervisor's own proposal, one escalated case, and one with an id made to inject. */
    private static final String STORY_FUND = "F-CASE-1";
    private static final String OWN_PROPOSAL_FUND = "F-CASE-2";
    private static final String ESCALATED_FUND = "F-CASE-3";
    private static final String HOSTILE_FUND = "F-<img src=x onerror=window.pwned=1>&\"'";
    private static final List<String> FUNDS = List.of(STORY_FUND, OWN_PROPOSAL_FUND, ESCALATED_FUND, HOSTILE_FUND);

    private LivePipelines live;
    private String base;

    @BeforeAll
    void startThePipelineWithThreePeopleAndFourCashAlerts(KafkaStack stack) throws Exception {
        Path work = Files.createDirectories(LivePipelines.workDir("cases-it-"));
        Path people = Files.writeString(work.resolve("people.txt"), String.join("\n",
                "# name role token",
                VIEWER + " viewer " + VIEWER_TOKEN,
                ANALYST + "   analyst\t" + ANALYST_TOKEN,
                SUPERVISOR + " supervisor " + SUPERVISOR_TOKEN, ""));
        live = new LivePipelines(stack, 2, 1, Map.of(PipelineConfig.HTTP_PEOPLE, people.toString()));
        base = live.instance(0).url();
        List<SpecificRecord> events = new ArrayList<>();
        for (int i = 0; i < FUNDS.size(); i++) {
            events.addAll(cashWithdrawal(FUNDS.get(i), Events.T0.plus(Duration.ofHours(i))));
        }
        live.publish(events);
        live.advanceTo(Events.T0.plus(Duration.ofHours(FUNDS.size() + 1)));
        await("a case for every alert").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> Http.get(base + "/api/cases").status() == 200
                        && Http.get(base + "/api/cases").json().get("cases").size() == FUNDS.size());
    }

    @AfterAll
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    @Test
    void shouldTriageProposeAndApproveACaseWithFourEyesFromTheDashboard() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        assumeTrue(ci || HeadlessChromium.executable().isPresent(), "Chromium is not installed (apt-get install chromium)");
        String story = alertId(STORY_FUND);
        setTheOtherCasesUp();
        try (HeadlessChromium page = HeadlessChromium.open("about:blank",
                Files.createDirectories(LivePipelines.workDir("cases-dashboard-it-")))) {
            PageUser user = new PageUser(page, UI);
            // Given the analyst, signed in from the link the demo prints
            page.navigate(base + "/#token=" + ANALYST_TOKEN);
            user.awaitText("#signed-in", "signed in as " + ANALYST + " (analyst)");
            assertThat(page.eval("location.hash")).isEmpty();
            assertThat(page.eval("sessionStorage.getItem('earmark.person-token')")).isEqualTo(ANALYST_TOKEN);
            assertThat(page.eval("document.cookie")).doesNotContain(ANALYST_TOKEN);

            // When she opens the oldest case from the inbox, assigns it to herself, investigates and comments
            String row = "#inbox-rows tr[data-alert-id=" + quoted(story) + "]";
            user.awaitPresent(row);
            assertThat(page.text("#inbox-rows tr")).contains("cash withdrawal", STORY_FUND, Events.BANK, "new");
            user.click(row);
            user.awaitText("#case-state [data-field=\"status\"]", "new");
            assertThat(page.text("#case-title")).isEqualTo(story);
            assertThat(page.text("#case-alert")).contains("cash withdrawal", "2,500,000 ₸");
            assertThat(page.text("#case-evidence")).contains("M-" + STORY_FUND + "-3");
            user.awaitPresent("#case-fund-journey tr");
            assertThat(user.present("#case-actions form[data-act=\"RESOLUTION_PROPOSED\"]"))
                    .as("a NEW case cannot be resolved: no proposal offered").isFalse();

            user.click("#case-actions form[data-act=\"ASSIGNED\"] button[value=\"me\"]");
            user.awaitText("#case-state [data-field=\"assignee\"]", ANALYST);
            user.choose("#case-actions form[data-act=\"STATUS_CHANGED\"] select", "INVESTIGATING");
            user.click("#case-actions form[data-act=\"STATUS_CHANGED\"] button");
            user.awaitText("#case-state [data-field=\"status\"]", "investigating");
            String note = "Called the bank: <b>2.5 M</b> left in cash on 1 Oct.";
            user.fill("#case-actions form[data-act=\"COMMENTED\"] textarea", note);
            user.click("#case-actions form[data-act=\"COMMENTED\"] button");
            user.awaitText("#case-history li[data-action=\"COMMENTED\"] .act-note", note);

            // Then assigning it to her again is refused, and the refusal is shown beside the forms
            user.click("#case-actions form[data-act=\"ASSIGNED\"] button[value=\"me\"]");
            user.awaitText("#case-error", "the case is assigned to " + ANALYST + " already");

            // When she proposes that the money was recovered, typed in tenge
            user.choose("#case-actions form[data-act=\"RESOLUTION_PROPOSED\"] select", "FUNDS_RECOVERED");
            user.fill("#case-actions form[data-act=\"RESOLUTION_PROPOSED\"] input[name=\"recovered\"]", "2,500,000.50");
            assertThat(page.text("#case-actions .tiyn")).isEqualTo("= 250000050 tiyn");
            user.click("#case-actions form[data-act=\"RESOLUTION_PROPOSED\"] button");
            user.awaitText("#case-state [data-field=\"status\"]", "pending approval");
            assertThat(page.text("#case-state [data-field=\"proposedRecoveredAmount\"]")).isEqualTo("2,500,000.50 ₸");
            assertThat(page.text("#case-error")).isEmpty();

            // Then the page offers her no approval, and the API refuses one from her
            assertThat(user.present("#case-actions form[data-act=\"DECISION\"]")).as("approval offered").isFalse();
            assertThat(page.text("#case-actions .four-eyes")).contains("awaits a supervisor's approval");
            Http.Reply ownApproval = act(ANALYST_TOKEN, story, Map.of("action", "RESOLUTION_APPROVED"));
            assertThat(ownApproval.status()).as(ownApproval.body()).isEqualTo(403);
            assertThat(ownApproval.json().get("message").asText()).isNotBlank();
            page.screenshot(SHOTS.resolve("case-pending.png"), "#case");

            // When the supervisor signs in instead, by pasting his token
            user.click("#sign-out");
            user.awaitPresent("#sign-in:not([hidden])");
            assertThat(page.eval("sessionStorage.getItem('earmark.person-token')")).isEmpty();
            user.fill("#sign-in-token", SUPERVISOR_TOKEN);
            user.submit("#sign-in");
            user.awaitText("#signed-in", "signed in as " + SUPERVISOR + " (supervisor)");

            // Then his own proposal is his to wait on: no approval offered, and the API refuses it (four eyes)
            user.click("#inbox-rows tr[data-alert-id=" + quoted(alertId(OWN_PROPOSAL_FUND)) + "]");
            user.awaitText("#case-title", alertId(OWN_PROPOSAL_FUND));
            user.awaitText("#case-actions .four-eyes", "Someone else must approve or reject your proposal");
            Http.Reply fourEyes = act(SUPERVISOR_TOKEN, alertId(OWN_PROPOSAL_FUND),
                    Map.of("action", "RESOLUTION_APPROVED"));
            assertThat(fourEyes.status()).as(fourEyes.body()).isEqualTo(409);
            assertThat(fourEyes.json().get("message").asText()).contains("four eyes");

            // When he approves the analyst's proposal
            user.click(row);
            user.awaitPresent("#case-actions form[data-act=\"DECISION\"]");
            assertThat(page.text("#case-actions .proposal")).contains(ANALYST, "funds recovered", "2,500,000.50 ₸");
            user.fill("#case-actions form[data-act=\"DECISION\"] input[name=\"note\"]", "Bank statement seen.");
            user.click("#case-actions form[data-act=\"DECISION\"] button[value=\"RESOLUTION_APPROVED\"]");
            user.awaitText("#case-state [data-field=\"status\"]", "resolved");

            // Then the case view shows it resolved, with the whole history in order, and takes comments only
            assertThat(page.text("#case-state [data-field=\"resolution\"]")).isEqualTo("funds recovered");
            assertThat(page.text("#case-state [data-field=\"recoveredAmount\"]")).isEqualTo("2,500,000.50 ₸");
            assertThat(user.strings("JSON.stringify([...document.querySelectorAll('#case-history li')]"
                    + ".map(li => li.dataset.action + ' ' + li.querySelector('.act-actor').textContent))"))
                    .containsExactly("OPENED earmark", "ASSIGNED " + ANALYST, "STATUS_CHANGED " + ANALYST,
                            "COMMENTED " + ANALYST, "RESOLUTION_PROPOSED " + ANALYST,
                            "RESOLUTION_APPROVED " + SUPERVISOR);
            assertThat(page.text("#case-history")).contains("Bank statement seen.", note);
            assertThat(user.strings("JSON.stringify([...document.querySelectorAll('#case-actions form')]"
                    + ".map(f => f.dataset.act))")).containsExactly("COMMENTED");
            JsonNode stored = Http.get(base + "/api/cases/" + encoded(story)).json().get("case");
            assertThat(stored.get("status").asText()).isEqualTo("RESOLVED");
            assertThat(stored.get("resolution").asText()).isEqualTo("FUNDS_RECOVERED");
            assertThat(stored.get("recoveredAmount").asLong()).isEqualTo(250_000_050L);
            page.screenshot(SHOTS.resolve("case-view.png"), "#case");

            // And the inbox counts it among the resolved, and the live feed marks its alert resolved
            user.click("#inbox-tabs [data-tab=\"RESOLVED\"]");
            user.awaitText("#inbox-tabs [data-tab=\"RESOLVED\"] .count", "1");
            assertThat(page.text("#inbox-rows")).contains(STORY_FUND, "resolved", ANALYST);
            assertThat(page.eval("document.querySelectorAll('#inbox-rows tr').length")).isEqualTo("1");
            assertThat(page.text("#inbox-tabs [data-tab=\"PENDING_APPROVAL\"] .count")).isEqualTo("1");
            assertThat(page.text("#inbox-tabs [data-tab=\"ESCALATED\"] .count")).isEqualTo("1");
            assertThat(page.text("#inbox-tabs [data-tab=\"NEW\"] .count")).isEqualTo("1");
            user.awaitEval("[...document.querySelectorAll('#feed [data-case-of]')].find(b => b.dataset.caseOf === "
                    + quoted(story) + ")?.textContent ?? ''", "resolved");

            // And the filters narrow the inbox to one assignee
            user.click("#inbox-tabs [data-tab=\"ALL\"]");
            user.fill("#inbox-assignee", SUPERVISOR);
            user.submit("#inbox-filters");
            user.awaitEval("document.querySelectorAll('#inbox-rows tr').length", "1");
            assertThat(page.text("#inbox-rows")).contains(OWN_PROPOSAL_FUND);
            user.fill("#inbox-assignee", "");
            user.submit("#inbox-filters");
            user.awaitEval("document.querySelectorAll('#inbox-rows tr').length", String.valueOf(FUNDS.size()));

            // And a hostile id is shown as the characters it is, nowhere as markup
            String hostileRow = "#inbox-rows tr[data-alert-id=" + quoted(alertId(HOSTILE_FUND)) + "]";
            assertThat(page.text(hostileRow)).contains(HOSTILE_FUND);
            assertThat(page.eval("document.querySelectorAll('#inbox img, #feed img, #case img').length"))
                    .isEqualTo("0");
            assertThat(page.eval("String(window.pwned)")).isEqualTo("undefined");
            page.screenshot(SHOTS.resolve("case-inbox.png"), "#inbox");

            // And a viewer reads but is offered nothing to do
            page.navigate(base + "/#token=" + VIEWER_TOKEN);
            user.awaitText("#signed-in", "signed in as " + VIEWER + " (viewer)");
            user.click(row);
            user.awaitText("#case-actions", "viewers read cases");

            // And no token ever went into a URL, and the page asked for nothing outside its own server
            assertThat(page.requests()).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(base + "/")
                    .doesNotContain(ANALYST_TOKEN, SUPERVISOR_TOKEN, VIEWER_TOKEN));
        }
    }

    /** The supervisor takes one case up (which triages it) and proposes its resolution himself, and escalates another for the analyst. */
    private void setTheOtherCasesUp() {
        String own = alertId(OWN_PROPOSAL_FUND);
        JsonNode assigned = act(SUPERVISOR_TOKEN, own, Map.of("action", "ASSIGNED", "assignee", SUPERVISOR)).json();
        assertThat(assigned.get("case").get("status").asText()).as("taking a case up triages it").isEqualTo("TRIAGED");
        assertThat(act(SUPERVISOR_TOKEN, own, Map.of("action", "RESOLUTION_PROPOSED", "resolution", "FALSE_POSITIVE",
                "note", "The withdrawal was the beneficiary's own salary account.")).status()).isEqualTo(200);
        String escalated = alertId(ESCALATED_FUND);
        assertThat(act(SUPERVISOR_TOKEN, escalated, Map.of("action", "ASSIGNED", "assignee", ANALYST)).status())
                .isEqualTo(200);
        assertThat(act(SUPERVISOR_TOKEN, escalated, Map.of("action", "STATUS_CHANGED", "status", "ESCALATED"))
                .status()).isEqualTo(200);
    }

    /** The fund is earmarked, reaches the beneficiary through the bank, and 2.5 M of it is withdrawn in cash. */
    private static List<SpecificRecord> cashWithdrawal(String fundId, Instant t) {
        return List.of(
                Events.fund(fundId, t),
                Events.move("M-" + fundId + "-1", fundId, Events.OPERATOR, Events.BANK, Events.AMOUNT,
                        t.plusSeconds(60)),
                Events.move("M-" + fundId + "-2", fundId, Events.BANK, Events.BENEFICIARY, Events.AMOUNT,
                        t.plusSeconds(120)),
                Events.move("M-" + fundId + "-3", fundId, Events.BENEFICIARY, Events.BENEFICIARY, 2_500_000_00L,
                        t.plusSeconds(180), Channel.CASH_WITHDRAWAL));
    }

    private static String alertId(String fundId) {
        return "CASH_WITHDRAWAL:" + fundId + ":M-" + fundId + "-3";
    }

    // ---- the API, as a script would call it ----------------------------------------------------------------------
    private Http.Reply act(String token, String alertId, Map<String, String> fields) {
        Map<String, String> body = new LinkedHashMap<>(fields);
        body.put("caseEventId", UUID.randomUUID().toString());
        return Http.post(base + "/api/cases/" + encoded(alertId) + "/actions", json(body),
                Map.of("Authorization", "Bearer " + token));
    }

    private static String encoded(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
