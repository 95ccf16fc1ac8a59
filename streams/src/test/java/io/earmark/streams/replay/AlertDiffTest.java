package io.earmark.streams.replay;

import static io.earmark.streams.replay.TestAlerts.alert;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.AlertRule;
import io.earmark.schema.FundAlert;
import io.earmark.schema.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertDiffTest {

    private static final FundAlert IDLE = alert("IDLE_FUNDS:F-1:2024-10-03T00:00:00Z", AlertRule.IDLE_FUNDS, "F-1",
            Severity.MEDIUM, 500, null, "2024-10-03T00:00:00Z");
    private static final FundAlert CASH = alert("CASH_WITHDRAWAL:F-2:M-3", AlertRule.CASH_WITHDRAWAL, "F-2",
            Severity.HIGH, 250, "B-2", "2024-10-01T07:00:00Z");

    @Test
    void shouldFindNoDifferenceBetweenTheSameAlertsUnderAnotherRuleVersion() {
        AlertDiff diff = AlertDiff.between(List.of(IDLE, CASH),
                List.of(TestAlerts.withVersion(CASH, "what-if"), TestAlerts.withVersion(IDLE, "what-if")));

        assertThat(diff.isEmpty()).isTrue();
    }

    @Test
    void shouldListAlertsThatAppearAndDisappear() {
        FundAlert kickback = alert("KICKBACK_SUSPECTED:F-3:M-9", AlertRule.KICKBACK_SUSPECTED, "F-3",
                Severity.CRITICAL, 90, "S-1", "2024-10-20T00:00:00Z");

        AlertDiff diff = AlertDiff.between(List.of(IDLE, CASH), List.of(CASH, kickback));

        assertThat(diff.appeared()).containsExactly(kickback);
        assertThat(diff.disappeared()).containsExactly(IDLE);
        assertThat(diff.changed()).isEmpty();
    }

    @Test
    void shouldReportTheFieldsThatChangedForTheSameAlertId() {
        FundAlert higher = FundAlert.newBuilder(IDLE).setAmountAtRisk(700).setMessage("more").build();

        AlertDiff diff = AlertDiff.between(List.of(IDLE), List.of(higher));

        assertThat(diff.changed()).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo(IDLE);
            assertThat(c.after()).isEqualTo(higher);
            assertThat(c.fields()).containsExactly("amountAtRisk", "message");
        });
        assertThat(diff.appeared()).isEmpty();
        assertThat(diff.disappeared()).isEmpty();
    }

    @Test
    void shouldPairAnAlertWhoseTriggerMovedAsAChangeNotAsTwoAlerts() {
        // Given: a lower kickback share fires on the first transfer back instead of the second
        FundAlert live = alert("KICKBACK_SUSPECTED:F-K:M-BACK-2", AlertRule.KICKBACK_SUSPECTED, "F-K",
                Severity.CRITICAL, 160, "S-1", "2024-10-03T12:00:00Z");
        FundAlert whatIf = alert("KICKBACK_SUSPECTED:F-K:M-BACK-1", AlertRule.KICKBACK_SUSPECTED, "F-K",
                Severity.CRITICAL, 100, "S-1", "2024-10-03T00:00:00Z");

        AlertDiff diff = AlertDiff.between(List.of(live), List.of(whatIf));

        assertThat(diff.changed()).singleElement().satisfies(c -> assertThat(c.fields())
                .containsExactly("alertId", "amountAtRisk", "detectedAt", "message", "evidence"));
        assertThat(diff.appeared()).isEmpty();
        assertThat(diff.disappeared()).isEmpty();
    }

    @Test
    void shouldNotPairAlertsOfDifferentSeverityOrCounterparty() {
        FundAlert high = FundAlert.newBuilder(IDLE).setAlertId("IDLE_FUNDS:F-1:2024-10-07T00:00:00Z")
                .setSeverity(Severity.HIGH).build();

        AlertDiff diff = AlertDiff.between(List.of(IDLE), List.of(high));

        assertThat(diff.appeared()).containsExactly(high);
        assertThat(diff.disappeared()).containsExactly(IDLE);
    }
}
