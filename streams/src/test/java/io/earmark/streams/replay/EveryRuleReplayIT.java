package io.earmark.streams.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.schema.FundAlert;
import io.earmark.schemas.json.JsonLinesReader;
import io.earmark.schemas.json.ParsedLine;
import io.earmark.streams.replay.report.CaseReport;
import io.earmark.streams.replay.report.CaseReportBuilder;
import io.earmark.streams.replay.report.ReportFiles;
import io.earmark.streams.testing.Scenario;
import io.earmark.streams.testing.Scenario.ExpectedAlert;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hand-written scenario with one alert of every rule, replayed from its files on the real broker (6 partitions,
 * exactly-once): the alerts file holds exactly the expected alerts, and its case report opens in a real headless
 * Chromium showing the funds' timelines and alerts. One replay serves both tests.
 */
@ExtendWith(KafkaStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryRuleReplayIT {

    private final Path work = Path.of("target", "replay-it");
    private CaseResult result;

    @BeforeAll
    void replay(KafkaStack stack) throws Exception {
        Files.createDirectories(work);
        Path dir = ScenarioFiles.everyRule();
        result = FilesReplay.run(ReplayCluster.of(stack.bootstrapServers(), stack.registryUrl()), dir.toString(),
                InputDirectory.read(dir), CaseSpec.named("every-rule-" + UUID.randomUUID().toString().substring(0, 8)),
                6, Set.of("F-KICK"), ReplayProgress.lines(System.err));
    }

    @Test
    void shouldWriteExactlyTheExpectedAlertsInFileOrder() {
        Path file = work.resolve("every-rule-alerts.jsonl");
        AlertOrder.write(file, result.run().alerts());

        assertThat(JsonLinesReader.readAll(file, FundAlert.class)).map(ParsedLine::record)
                .extracting(a -> new ExpectedAlert(a.getAlertId(), a.getRule().name(), a.getFundId(),
                        a.getSeverity().name(), a.getAmountAtRisk()))
                .containsExactlyInAnyOrderElementsOf(Scenario.load("scenarios/every-rule").expected());
        assertThat(JsonLinesReader.readAll(file, FundAlert.class)).map(ParsedLine::record)
                .isSortedAccordingTo(AlertOrder.FILE_ORDER);
    }

    @Test
    void shouldShowTheFundsTimelineAndAlertsInARealBrowser() throws Exception {
        Chromium browser = Chromium.find(Files.createTempDirectory("chromium-")).orElse(null);
        assumeTrue(browser != null || System.getenv("CI") != null, "Chromium is not installed (apt-get install chromium)");
        CaseReport report = CaseReportBuilder.build(result);
        Path page = work.resolve("every-rule-case.html");
        ReportFiles.write(report, page);

        String dom = browser.dumpDom(page);
        browser.screenshot(page, work.resolve("every-rule-case.png"));

        assertThat(dom).contains("Earmark case report: " + result.spec().name())
                .contains("<h2>Fund F-KICK").contains("Where the money went")
                .contains("M-KICK-1").contains("M-KICK-2")
                .contains("id=\"ev-F-KICK-M-KICK-BACK-1\"").contains("id=\"ev-F-KICK-M-KICK-BACK-2\"")
                .contains("Transfer of other (not earmarked) money, evidence of an alert")
                .contains("A seller sent money back to the beneficiary (suspected kickback)")
                .contains("KICKBACK_SUSPECTED:F-KICK:M-KICK-BACK-2")
                .contains("Fund F-DUP2").contains("KZ-000777").contains("id=\"ev-F-DUP2-R-DUP-1\"")
                .contains("Fund F-IDLE").contains("IDLE_FUNDS:F-IDLE:2024-10-03T01:00:00Z");
        assertThat(work.resolve("every-rule-case.png")).isNotEmptyFile();
        assertThat(ReportFiles.jsonTwin(page)).content().contains("\"fundId\" : \"F-KICK\"");
    }
}
