package io.earmark.streams.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.streams.testing.HeadlessChromium;
import io.earmark.streams.testing.SimulatedKickback;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A simulated scenario through two live pipeline instances (real broker and registry), the dashboard of one of them
 * in a real headless Chromium: the simulator's kickback seller's network shows every beneficiary whose fund paid it
 * and the return to the kickback fund's beneficiary, gathered from both instances; the kickback fund's panel draws
 * its money flow with the marked return and its idle strip; the page asks nothing of any other origin. Screenshots
 * go to target/pictures-it (docs/ holds copies). Without Chromium the test is skipped, except in CI (CI=true), where
 * it fails.
 */
@ExtendWith(KafkaStackExtension.class)
class DashboardPicturesIT {

    /** Screenshots go here; the ones in docs/ are copies of them, refreshed by hand when the pages change. */
    private static final Path SHOTS = Path.of("target", "pictures-it");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldDrawTheKickbackSellersNetworkAndTheFundsMoneyFlow(KafkaStack stack) throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        assumeTrue(ci || HeadlessChromium.executable().isPresent(), "Chromium is not installed (apt-get install chromium)");
        SimulatedKickback sim = SimulatedKickback.generate(40, 42);
        try (LivePipelines live = new LivePipelines(stack, 4, 2);
             HeadlessChromium page = HeadlessChromium.open("about:blank",
                     Files.createDirectories(LivePipelines.workDir("dashboard-pictures-it-")))) {
            // Given the scenario's events, processed up to its end
            live.publish(sim.events());
            live.advanceTo(sim.scenario().end());
            String base = live.instance(1).url();
            await("the kickback alert").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> Http.get(base + "/api/alerts?rule=KICKBACK_SUSPECTED&limit=1000").body()
                            .contains("KICKBACK_SUSPECTED:" + sim.kickbackFund() + ":"));

            // Then, once the stores stand still (an alert is visible at once, a ledger as of the last commit, and the
            // scenario's last deadlines may still be firing), any instance gives the same network and pictures; a
            // depth other than 1 or 2 is refused
            String other = live.instance(0).url();
            String network = "/api/parties/" + sim.seller() + "/network?depth=2";
            String flow = "/api/funds/" + sim.kickbackFund() + "/flow.svg";
            String[] previous = {""};
            await("the seller's network and the fund's ledger standing still").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> {
                        String now = Http.get(base + network).body() + Http.get(base + flow).body()
                                + Http.get(base + "/api/alerts/counts").body();
                        boolean settled = now.equals(previous[0]);
                        previous[0] = now;
                        return settled;
                    });
            Http.Reply viaBase = Http.get(base + network);
            assertThat(viaBase.status()).isEqualTo(200);
            assertThat(Http.get(other + network).body()).isEqualTo(viaBase.body());
            assertThat(viaBase.json().get("depth").asInt()).isEqualTo(2);
            Http.Reply flowReply = Http.get(base + flow);
            assertThat(flowReply.contentType()).startsWith("image/svg+xml");
            assertThat(Http.get(other + flow).body()).isEqualTo(flowReply.body()).contains("kind-KICKBACK");
            assertThat(Http.get(base + "/api/parties/" + sim.seller() + "/network?depth=3").status()).isEqualTo(400);

            // When the seller's network is opened from a link
            page.navigate(base + "/#party=" + sim.seller());
            await("the seller's network").atMost(Duration.ofSeconds(30))
                    .until(() -> !page.eval("document.querySelector('#network-funds tr') ? 'ok' : ''").isEmpty()
                            && !page.eval("document.querySelector('#network-picture svg .party') ? 'ok' : ''").isEmpty());

            // Then it shows every beneficiary whose fund paid the seller, and the return to the kickback's beneficiary
            assertThat(page.text("#network-title")).isEqualTo(sim.seller());
            assertThat(strings(page.eval("JSON.stringify([...document.querySelectorAll("
                    + "'#network-picture svg .party[data-distance=\"1\"]')].map(e => e.dataset.party))")))
                    .containsAll(sim.sellersBeneficiaries());
            assertThat(page.eval("document.querySelector('#network-picture svg .link.kind-SENT_BACK[data-to=\""
                    + sim.beneficiary() + "\"]')?.dataset.from ?? ''")).isEqualTo(sim.seller());
            assertThat(page.text("#network-funds")).contains(sim.kickbackFund());
            page.screenshot(SHOTS.resolve("network.png"), "#network");

            // And the kickback fund's panel draws its money flow and idle strip
            page.eval("document.querySelector('#network-funds tr[data-fund=\"" + sim.kickbackFund()
                    + "\"] button').click(); 'ok'");
            await("the fund's pictures").atMost(Duration.ofSeconds(30))
                    .until(() -> !page.eval("document.querySelector('#fund-flow svg .edge.kind-KICKBACK') "
                            + "&& document.querySelector('#fund-idle svg.earmark-strip') ? 'ok' : ''").isEmpty());
            assertThat(page.eval("document.querySelector('#fund-flow svg .edge.kind-KICKBACK').dataset.to"))
                    .isEqualTo(sim.beneficiary());
            page.screenshot(SHOTS.resolve("dashboard-fund-flow.png"), "#fund-flow");

            // And the page asked for nothing outside its own server
            assertThat(page.requests()).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(base + "/"));
        }
    }

    private static List<String> strings(String json) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode n : JSON.readTree(json)) {
            out.add(n.asText());
        }
        return out;
    }
}
