package io.earmark.streams.replay.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.streams.replay.report.CaseReport.FundReport;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseReportBuilderTest {

    private final CaseReport report = CaseReportBuilder.build(ReportFixtures.whatIfCase());

    @Test
    void shouldDescribeTheCaseAndCountItsAlertsByRule() {
        assertThat(report.caseName()).isEqualTo("report-test");
        assertThat(report.rules()).isEqualTo("what-if-1");
        assertThat(report.liveRules()).isEqualTo("v1-2024.10");
        assertThat(report.summary().events()).isEqualTo(7);
        assertThat(report.summary().alertsByRule()).isEqualTo(Map.of("CASH_WITHDRAWAL", 1, "KICKBACK_SUSPECTED", 1));
    }

    @Test
    void shouldGiveTheFundItsTimelineAlertsAndAssetsAgainstTheExpected() {
        FundReport fund = report.funds().get(0);

        assertThat(report.funds()).hasSize(1);
        assertThat(fund.selected()).isTrue();
        assertThat(fund.timeline()).hasSize(9);
        assertThat(fund.alerts()).extracting(CaseReport.AlertView::alertId)
                .containsExactly("CASH_WITHDRAWAL:F-REPORT:M-4", "KICKBACK_SUSPECTED:F-REPORT:M-BACK");
        assertThat(fund.assets().expected()).isEqualTo(2);
        assertThat(fund.assets().registered()).isEqualTo(1);
        assertThat(fund.assets().items()).singleElement().satisfies(a -> {
            assertThat(a.assetId()).isEqualTo("KZ-<001>");
            assertThat(a.eventId()).isEqualTo("R-1");
            assertThat(a.actualValue()).isEqualTo(3_900_000_00L);
        });
        assertThat(fund.holdings().diverted()).isEqualTo(1_000_000_00L);
    }

    @Test
    void shouldListTheWhatIfChangesOnceForTheCaseAndUnderTheirFund() {
        assertThat(report.whatIf().appeared()).isEqualTo(1);
        assertThat(report.whatIf().disappeared()).isZero();
        assertThat(report.whatIf().changed()).isZero();
        assertThat(report.whatIf().changes()).singleElement().satisfies(c -> {
            assertThat(c.change()).isEqualTo("appeared");
            assertThat(c.after().alertId()).isEqualTo("KICKBACK_SUSPECTED:F-REPORT:M-BACK");
        });
        assertThat(report.funds().get(0).whatIf()).isEqualTo(report.whatIf().changes());
    }

    @Test
    void shouldWriteTheJsonTwinWithTheSameContent() {
        String json = ReportFiles.json(report);

        assertThat(json).contains("\"caseName\" : \"report-test\"", "\"eventId\" : \"M-3\"",
                "\"heldByBeneficiary\" : 100000000", "\"change\" : \"appeared\"");
        assertThat(ReportFiles.jsonTwin(java.nio.file.Path.of("out/case.html")))
                .isEqualTo(java.nio.file.Path.of("out/case.json"));
    }
}
