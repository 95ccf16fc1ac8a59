package io.earmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.AlertRule;
import io.earmark.schema.FundAlert;
import io.earmark.schema.Severity;
import io.earmark.schemas.json.JsonLines;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityCommandTest {

    @TempDir
    Path dir;

    private static FundAlert alert(String fundId, AlertRule rule, long amount) {
        return FundAlert.newBuilder().setAlertId(rule + ":" + fundId + ":t").setRule(rule).setRuleVersion("v")
                .setSeverity(Severity.HIGH).setFundId(fundId).setAmountAtRisk(amount)
                .setDetectedAt(Instant.parse("2024-10-01T00:00:00Z")).setMessage("m").setEvidence(List.of()).build();
    }

    private int run(List<FundAlert> alerts, String expected, ByteArrayOutputStream out) throws Exception {
        Path alertFile = dir.resolve("alerts.jsonl");
        Files.write(alertFile, alerts.stream().map(JsonLines::write).toList());
        Path expectedFile = dir.resolve("expected-alerts.jsonl");
        Files.writeString(expectedFile, expected);
        PrintStream saved = System.out;
        System.setOut(new PrintStream(out, true));
        try {
            return EarmarkCli.commandLine().execute("quality", "--alerts", alertFile.toString(), "--expected",
                    expectedFile.toString());
        } finally {
            System.setOut(saved);
        }
    }

    @Test
    void shouldPrintPerfectScoresAndExitZeroWhenAlertsMatchTheGroundTruth() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = run(List.of(alert("F1", AlertRule.CASH_WITHDRAWAL, 500)),
                "{\"rule\":\"CASH_WITHDRAWAL\",\"fundId\":\"F1\",\"amountAtRisk\":500}\n", out);
        assertThat(exit).isZero();
        assertThat(out.toString()).containsPattern("CASH_WITHDRAWAL\\s+1\\s+1\\s+1\\s+1.000\\s+1.000");
    }

    @Test
    void shouldReportAnExtraAlertAsLostPrecisionAndExitNonZero() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = run(List.of(alert("F1", AlertRule.CASH_WITHDRAWAL, 500), alert("F2", AlertRule.CASH_WITHDRAWAL, 7)),
                "{\"rule\":\"CASH_WITHDRAWAL\",\"fundId\":\"F1\",\"amountAtRisk\":500}\n", out);
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).containsPattern("CASH_WITHDRAWAL\\s+1\\s+2\\s+1\\s+0.500\\s+1.000");
    }
}
