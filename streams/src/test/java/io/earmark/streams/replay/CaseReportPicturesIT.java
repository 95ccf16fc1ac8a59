package io.earmark.streams.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.schema.AlertRule;
import io.earmark.schema.FundAlert;
import io.earmark.schema.Severity;
import io.earmark.streams.replay.report.CaseReportBuilder;
import io.earmark.streams.replay.report.ReportFiles;
import io.earmark.streams.testing.HeadlessChromium;
import io.earmark.streams.testing.SimulatedKickback;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A simulated scenario replayed from files on the real broker (as {@code ./earmark replay --report} does), its case
 * report opened in a real headless Chromium: the simulator's kickback fund shows the seller's return to the
 * beneficiary as a marked edge, its idle fund's strip crosses the idle limit exactly where IDLE_FUNDS fired, and the
 * page asks for nothing but itself. Screenshots of both go to target/pictures-it (docs/ holds copies, refreshed by
 * hand, which the README shows); the page printed to PDF
 * to target/. Without Chromium the test is skipped, except in CI (CI=true), where it fails.
 */
@ExtendWith(KafkaStackExtension.class)
class CaseReportPicturesIT {

    private static final Path WORK = Path.of("target", "pictures-it");

    @Test
    void shouldDrawTheKickbackAndTheIdleCrossingOfASimulatedCase(KafkaStack stack) throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        assumeTrue(ci || HeadlessChromium.executable().isPresent(), "Chromium is not installed (apt-get install chromium)");
        // Given a simulated scenario with a kickback fund and an idle fund, replayed as a case
        SimulatedKickback sim = SimulatedKickback.generate(40, 42);
        CaseResult result = FilesReplay.run(ReplayCluster.of(stack.bootstrapServers(), stack.registryUrl()),
                "simulated, 40 funds, seed 42", ReplayInput.inEventTimeOrder(sim.events()),
                CaseSpec.named("pictures-" + UUID.randomUUID().toString().substring(0, 8)), 6,
                Set.of(sim.kickbackFund(), sim.idleFund()), ReplayProgress.silent());
        FundAlert idle = result.run().alerts().stream().filter(a -> a.getRule() == AlertRule.IDLE_FUNDS
                && a.getSeverity() == Severity.MEDIUM && a.getFundId().equals(sim.idleFund())).findFirst().orElseThrow();
        Path page = Files.createDirectories(WORK).resolve("case.html").toAbsolutePath();
        ReportFiles.write(CaseReportBuilder.build(result), page);

        try (HeadlessChromium browser = HeadlessChromium.open("about:blank",
                Files.createTempDirectory(WORK, "chromium-"))) {
            // When the report is opened
            browser.navigate(page.toUri().toString());
            String kickFund = "#fund-" + sim.kickbackFund();
            await("the report's pictures").atMost(Duration.ofSeconds(30))
                    .until(() -> browser.eval("String(document.querySelectorAll('svg.earmark-flow').length > 0)")
                            .equals("true"));

            // Then the kickback fund's diagram marks the seller's return to the beneficiary
            String edge = kickFund + " svg.earmark-flow g.edge.kind-KICKBACK";
            assertThat(browser.eval("document.querySelector('" + edge + "').dataset.from")).isEqualTo(sim.seller());
            assertThat(browser.eval("document.querySelector('" + edge + "').dataset.to")).isEqualTo(sim.beneficiary());
            assertThat(browser.text(edge).strip()).startsWith("KICKBACK ");

            // And the idle fund's strip crosses its limit where IDLE_FUNDS fired, on the page as drawn
            String strip = "#fund-" + sim.idleFund() + " svg.earmark-strip";
            String at = idle.getDetectedAt().toString();
            assertThat(browser.eval("document.querySelector('" + strip + " .idle-limit').dataset.at")).isEqualTo(at);
            assertThat(browser.eval("document.querySelector('" + strip + " .flag[data-rule=IDLE_FUNDS]').dataset.at"))
                    .isEqualTo(at);
            assertThat(browser.eval("document.querySelector('" + strip + " .over-limit').dataset.from")).isEqualTo(at);
            String left = ".getBoundingClientRect().left";
            assertThat(Double.parseDouble(browser.eval("Math.abs(document.querySelector('" + strip + " .idle-limit')"
                    + left + " - document.querySelector('" + strip + " .flag[data-rule=IDLE_FUNDS] line')" + left + ")")))
                    .isLessThan(1.0);

            // And the page asked for nothing but itself
            assertThat(browser.requests()).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("file:"));

            browser.screenshot(WORK.resolve("money-flow.png"), kickFund + " .pictures");
            browser.screenshot(WORK.resolve("idle-strip.png"), strip);
            browser.printToPdf(WORK.resolve("case.pdf"));
            browser.emulateMedia("print");
            browser.screenshot(WORK.resolve("money-flow-print.png"), kickFund + " .pictures");
        }
        assertThat(Files.readString(WORK.resolve("case.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF");
    }
}
