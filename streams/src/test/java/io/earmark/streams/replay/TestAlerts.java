package io.earmark.streams.replay;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Evidence;
import io.earmark.schema.FundAlert;
import io.earmark.schema.Severity;
import java.time.Instant;
import java.util.List;

/** FundAlert fixtures for the replay's unit tests: only the fields a test names differ. */
final class TestAlerts {

    private TestAlerts() {
    }

    static FundAlert alert(String alertId, String fundId, String detectedAt) {
        return alert(alertId, AlertRule.IDLE_FUNDS, fundId, Severity.MEDIUM, 100, null, detectedAt);
    }

    static FundAlert alert(String alertId, AlertRule rule, String fundId, Severity severity, long amount,
                           String counterparty, String detectedAt) {
        return FundAlert.newBuilder().setAlertId(alertId).setRule(rule).setRuleVersion("v1").setSeverity(severity)
                .setFundId(fundId).setProgramme(null).setBeneficiaryId(null).setFinancialOrgId(null)
                .setCounterpartyId(counterparty).setAmountAtRisk(amount).setDetectedAt(Instant.parse(detectedAt))
                .setMessage("message of " + alertId)
                .setEvidence(List.of(new Evidence("ev-" + alertId, "earmark.movements.v1", Instant.parse(detectedAt))))
                .build();
    }

    static FundAlert withVersion(FundAlert alert, String version) {
        return FundAlert.newBuilder(alert).setRuleVersion(version).build();
    }
}
