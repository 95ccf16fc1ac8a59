package io.earmark.streams.replay.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyTableTest {

    private final String table = JourneyTable.render(CaseReportBuilder.build(ReportFixtures.whatIfCase()).funds()
            .get(0));

    @Test
    void shouldPrintOneAlignedRowPerStepUnderAHeader() {
        List<String> lines = table.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("when (UTC)")).findFirst().orElseThrow());

        assertThat(lines.get(0)).startsWith("Fund F-REPORT: AUYL_AMANATY, 5,000,000.00 KZT for 850312300456");
        assertThat(lines.subList(header + 1, header + 10)).extracting(l -> l.substring(0, 19))
                .containsExactly("2024-10-01 09:00:00", "2024-10-01 10:00:00", "2024-10-01 11:00:00",
                        "2024-10-01 12:00:00", "2024-10-01 13:00:00", "2024-10-01 13:00:00", "2024-10-03 09:00:00",
                        "2024-10-03 09:00:00", "2024-10-04 09:00:00");
        assertThat(lines.get(header + 10)).isEmpty();
        int amountEnd = lines.get(header).indexOf("amount") + "amount".length();
        assertThat(lines.get(header + 2).substring(0, amountEnd)).endsWith("5,000,000.00 KZT");
        assertThat(lines.get(header + 2)).endsWith("M-1");
    }

    @Test
    void shouldListAlertsWithEvidenceAndAssetsAgainstTheExpected() {
        assertThat(table).contains("Alerts: 2").contains("HIGH CASH_WITHDRAWAL at 2024-10-01T13:00:00Z")
                .contains("evidence: M-4").contains("Assets: expected 2, registered 1 worth 3,900,000.00 KZT")
                .contains("KZ-<001> CATTLE 3,900,000.00 KZT (R-1)");
    }
}
