package io.earmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code earmark replay} and {@code earmark trace} end to end, as a user runs them: each brings up its own local
 * stack (broker and registry process), replays a small input directory (one fund withdrawn in cash) and cleans up.
 */
class ReplayCommandIT {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = EarmarkCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void shouldWriteTheAlertsFileAndTheCaseReport() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target"), "replay-cli-");
        Path alerts = work.resolve("alerts.jsonl");
        Path report = work.resolve("report/case.html");

        int exit = run("replay", "--input", input().toString(), "--output", alerts.toString(), "--report",
                report.toString(), "--partitions", "2");

        assertThat(exit).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(alerts);
        assertThat(lines).singleElement().asString()
                .startsWith("{\"alertId\":\"CASH_WITHDRAWAL:F-CASH:M-CASH-3\",\"rule\":\"CASH_WITHDRAWAL\"")
                .contains("\"amountAtRisk\":250000000", "\"detectedAt\":\"2024-10-01T07:00:00Z\"");
        assertThat(report).content().contains("Fund F-CASH", "Cash withdrawal", "M-CASH-3");
        assertThat(work.resolve("report/case.json")).content().contains("\"alertId\" : \"CASH_WITHDRAWAL:F-CASH:M-CASH-3\"");
        assertThat(err.toString()).contains("1 alerts written to " + alerts);
    }

    @Test
    void shouldPrintTheJourneyOfOneFund() throws Exception {
        int exit = run("trace", "--fund", "F-CASH", "--input", input().toString(), "--partitions", "1");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Fund F-CASH: AUYL_AMANATY, 5,000,000.00 KZT for 850312300403")
                .contains("when (UTC)").contains("Cash withdrawal").contains("M-CASH-3")
                .contains("Alerts: 1").contains("HIGH CASH_WITHDRAWAL at 2024-10-01T07:00:00Z");
        assertThat(out.toString().lines().filter(l -> l.startsWith("2024-10-01"))).hasSize(5);
    }

    @Test
    void shouldSetAsideAnAbsurdSubsidyAndStillRaiseTheOrdinaryAlert() throws Exception {
        // Given the cash case plus an investment subsidy of 9 x 10^17 tiyn with its lease registration
        Path dir = Files.createTempDirectory(Path.of("target"), "replay-hostile-");
        Files.writeString(dir.resolve("funds.jsonl"), Files.readString(input().resolve("funds.jsonl")).strip() + "\n"
                + "{\"eventId\":\"E-F-HUGE\",\"fundId\":\"F-HUGE\",\"programme\":\"INVESTMENT_SUBSIDY\","
                + "\"operatorId\":\"010140003594\",\"beneficiaryId\":\"850312300499\",\"financialOrgId\":\"990740000683\","
                + "\"amount\":900000000000000000,\"purpose\":\"LEASED_EQUIPMENT\",\"approvedSellers\":[],"
                + "\"expectedAssetCount\":1,\"declaredAssetValue\":100000000,\"subsidyRateBps\":5000,\"maxIdleHours\":48,"
                + "\"registrationDeadlineDays\":10,\"eventTime\":\"2024-10-01T01:00:00Z\"}\n");
        Files.copy(input().resolve("movements.jsonl"), dir.resolve("movements.jsonl"));
        Files.writeString(dir.resolve("assets.jsonl"), "{\"eventId\":\"A-HUGE\",\"registry\":\"LEASE_REGISTRY\","
                + "\"assetId\":\"LEASE-1\",\"assetType\":\"TRACTOR\",\"ownerId\":\"850312300499\",\"fundId\":\"F-HUGE\","
                + "\"actualValue\":100000000,\"eventTime\":\"2024-10-01T02:00:00Z\"}\n");
        Path alerts = dir.resolve("alerts.jsonl");

        // When it is replayed
        int exit = run("replay", "--input", dir.toString(), "--output", alerts.toString(), "--partitions", "1");

        // Then the replay ends well, names the line it set aside, and raises the cash withdrawal
        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).contains("funds.jsonl:2", "field \"amount\"", "OUT_OF_RANGE");
        assertThat(Files.readAllLines(alerts)).singleElement().asString()
                .startsWith("{\"alertId\":\"CASH_WITHDRAWAL:F-CASH:M-CASH-3\"");
    }

    private static Path input() throws URISyntaxException {
        return Path.of(ReplayCommandIT.class.getClassLoader().getResource("replay/cash").toURI());
    }
}
