package io.earmark.streams.replay.report;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Evidence;
import io.earmark.schema.FundAlert;
import io.earmark.schema.Severity;
import io.earmark.streams.replay.AlertDiff;
import io.earmark.streams.replay.CaseResult;
import io.earmark.streams.replay.CaseSpec;
import io.earmark.streams.replay.ReplayInput;
import io.earmark.streams.replay.RunResult;
import io.earmark.streams.testing.Events;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A finished what-if case around {@link Ledgers}' fund, as the replay would hand it to the report builder. */
final class ReportFixtures {

    static final FundAlert CASH = FundAlert.newBuilder().setAlertId("CASH_WITHDRAWAL:F-REPORT:M-4")
            .setRule(AlertRule.CASH_WITHDRAWAL).setRuleVersion("what-if-1").setSeverity(Severity.HIGH)
            .setFundId(Ledgers.FUND).setProgramme(io.earmark.schema.Programme.AUYL_AMANATY)
            .setBeneficiaryId(Events.BENEFICIARY).setFinancialOrgId(Events.BANK).setCounterpartyId(Events.BENEFICIARY)
            .setAmountAtRisk(1_000_000_00L).setDetectedAt(Events.hours(4))
            .setMessage("1,000,000.00 KZT of fund F-REPORT was withdrawn in cash <by> the beneficiary & co.")
            .setEvidence(List.of(new Evidence("M-4", "earmark.movements.v1", Events.hours(4)))).build();
    static final FundAlert KICKBACK = FundAlert.newBuilder(CASH).setAlertId("KICKBACK_SUSPECTED:F-REPORT:M-BACK")
            .setRule(AlertRule.KICKBACK_SUSPECTED).setSeverity(Severity.CRITICAL).setCounterpartyId(Events.SELLER)
            .setAmountAtRisk(1_500_000_00L).setDetectedAt(Events.days(2)).setMessage("Seller sent money back.")
            .setEvidence(List.of(new Evidence("M-3", "earmark.movements.v1", Events.hours(3)),
                    new Evidence("M-BACK", "earmark.movements.v1", Events.days(2)))).build();

    private ReportFixtures() {
    }

    /** Live rules raised only the cash alert; the what-if rules add the kickback. */
    static CaseResult whatIfCase() {
        CaseSpec spec = new CaseSpec("report-test", Path.of("what-if.yaml"), null, 1, Duration.ofMinutes(1));
        RunResult baseline = new RunResult("v1-2024.10", List.of(FundAlert.newBuilder(CASH)
                .setRuleVersion("v1-2024.10").build()), Map.of(), Duration.ofSeconds(1));
        RunResult run = new RunResult("what-if-1", List.of(CASH, KICKBACK), Map.of(Ledgers.FUND, Ledgers.ledger()),
                Duration.ofSeconds(1));
        return new CaseResult(spec, "test input <dir>", Instant.parse("2024-10-01T00:00:00Z"),
                new ReplayInput(Ledgers.events(), Events.days(40)), Set.of(Ledgers.FUND), run, baseline,
                AlertDiff.between(baseline.alerts(), run.alerts()));
    }
}
