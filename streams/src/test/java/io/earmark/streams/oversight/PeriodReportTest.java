package io.earmark.streams.oversight;

import static io.earmark.streams.testing.CaseActs.alert;
import static io.earmark.streams.testing.CaseActs.assigned;
import static io.earmark.streams.testing.CaseActs.opened;
import static io.earmark.streams.testing.CaseActs.proposed;
import static io.earmark.streams.testing.CaseActs.resolved;
import static io.earmark.streams.testing.CaseActs.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.earmark.schema.AlertRule;
import io.earmark.schema.CaseEvent;
import io.earmark.schema.CaseResolution;
import io.earmark.schema.CaseStatus;
import io.earmark.schema.Programme;
import io.earmark.schema.Severity;
import io.earmark.streams.cases.CaseFold;
import io.earmark.streams.cases.Decision;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodReportTest {

    static final ReportPeriod OCTOBER = new ReportPeriod(LocalDate.parse("2024-10-01"), LocalDate.parse("2024-11-01"));
    static final String ORG_1 = "990740000683";
    static final String ORG_2 = "041140000512";
    static final Instant OCT_10 = Instant.parse("2024-10-10T12:00:00Z");

    /** The story of October: nine alerts, two of them just outside the month, in several states. */
    static List<CaseEvent> october() {
        List<CaseEvent> acts = new ArrayList<>();
        Instant oct1 = Instant.parse("2024-10-01T00:00:00Z"); // the first instant of the period
        acts.add(opened(alert("IDLE-1", AlertRule.IDLE_FUNDS, Severity.MEDIUM, Programme.AUYL_AMANATY, ORG_1,
                100_000, oct1)));
        acts.add(assigned("IDLE-1", "a.nurlanova", "a.nurlanova", oct1.plus(Duration.ofHours(2))));

        Instant oct5 = Instant.parse("2024-10-05T10:00:00Z");
        acts.add(opened(alert("CASH-1", AlertRule.CASH_WITHDRAWAL, Severity.HIGH, Programme.AUYL_AMANATY, ORG_1,
                250_000, oct5)));
        acts.addAll(resolved("CASH-1", oct5.plus(Duration.ofHours(4)), CaseResolution.FUNDS_RECOVERED, 200_000L,
                oct5.plus(Duration.ofDays(2))));

        acts.add(opened(alert("KICK-1", AlertRule.KICKBACK_SUSPECTED, Severity.CRITICAL, Programme.INVESTMENT_SUBSIDY,
                ORG_2, 3_000_000, OCT_10)));
        acts.addAll(resolved("KICK-1", OCT_10.plus(Duration.ofHours(6)), CaseResolution.FALSE_POSITIVE, null,
                OCT_10.plus(Duration.ofDays(1))));

        acts.add(opened(alert("DIV-2", AlertRule.DIVERTED_FUNDS, Severity.HIGH, Programme.INVESTMENT_SUBSIDY, ORG_2,
                700_000, OCT_10)));
        acts.add(status("DIV-2", "a.nurlanova", CaseStatus.ESCALATED, OCT_10.plus(Duration.ofHours(8))));
        acts.add(proposed("DIV-2", "a.nurlanova", CaseResolution.FUNDS_RECOVERED, 50L,
                OCT_10.plus(Duration.ofDays(1))));

        acts.add(opened(alert("DIV-1", AlertRule.DIVERTED_FUNDS, Severity.HIGH, Programme.INVESTMENT_SUBSIDY, ORG_2,
                10_000, OCT_10)));

        acts.add(opened(alert("OVER-1", AlertRule.OVERSUBSIDY, Severity.HIGH, Programme.INVESTMENT_SUBSIDY, ORG_2,
                400_000, OCT_10.plus(Duration.ofHours(1)))));
        acts.addAll(resolved("OVER-1", OCT_10.plus(Duration.ofHours(11)), CaseResolution.FUNDS_RECOVERED, 300_000L,
                OCT_10.plus(Duration.ofDays(3)).plus(Duration.ofHours(1))));

        Instant lastMilli = Instant.parse("2024-10-31T23:59:59.999Z"); // the last instant of the period
        acts.add(opened(alert("UNK-1", AlertRule.UNKNOWN_FUND, Severity.LOW, null, null, 5_000, lastMilli)));

        acts.add(opened(alert("IDLE-NOV", AlertRule.IDLE_FUNDS, Severity.HIGH, Programme.AUYL_AMANATY, ORG_1,
                999_999, Instant.parse("2024-11-01T00:00:00Z"))));
        acts.add(opened(alert("IDLE-SEP", AlertRule.IDLE_FUNDS, Severity.HIGH, Programme.AUYL_AMANATY, ORG_1,
                888_888, Instant.parse("2024-09-30T23:59:59.999Z"))));
        return acts;
    }

    static CaseFold fold(List<CaseEvent> acts) {
        CaseFold fold = new CaseFold();
        for (CaseEvent act : acts) {
            assertThat(fold.apply(act)).as(act.getCaseEventId()).isInstanceOf(Decision.Applied.class);
        }
        return fold;
    }

    private static PeriodReport october(List<CaseEvent> acts) {
        return PeriodReport.of(fold(acts), OCTOBER);
    }

    @Test
    void shouldCoverTheAlertsDetectedFromTheFirstDayUpToButNotIncludingTheEnd() {
        PeriodReport report = october(october());

        assertThat(report.cases()).isEqualTo(7);
        assertThat(report.openCases()).extracting(OpenCase::alertId).contains("IDLE-1", "UNK-1")
                .doesNotContain("IDLE-NOV", "IDLE-SEP");
        assertThat(report.total().moneyAtRisk()).isEqualTo(100_000 + 250_000 + 3_000_000 + 700_000 + 10_000 + 400_000
                + 5_000);
        // the cases' state is as of the latest act read, of any case, in the period or not
        assertThat(report.asOf()).isEqualTo(Instant.parse("2024-11-01T00:00:00Z").toEpochMilli());
    }

    @Test
    void shouldCountAlertsByRuleAndSeverityAndMoneyPerProgramme() {
        PeriodReport report = october(october());

        assertThat(report.byProgramme()).extracting(GroupFigures::key)
                .containsExactly("AUYL_AMANATY", "INVESTMENT_SUBSIDY", null);
        GroupFigures auyl = report.byProgramme().get(0);
        assertThat(auyl.alerts()).isEqualTo(2);
        assertThat(auyl.byRule()).containsEntry(AlertRule.IDLE_FUNDS, 1).containsEntry(AlertRule.CASH_WITHDRAWAL, 1)
                .containsEntry(AlertRule.KICKBACK_SUSPECTED, 0);
        assertThat(auyl.bySeverity()).containsExactly(entry(Severity.LOW, 0), entry(Severity.MEDIUM, 1),
                entry(Severity.HIGH, 1), entry(Severity.CRITICAL, 0));
        assertThat(auyl.moneyAtRisk()).isEqualTo(350_000);
        GroupFigures subsidies = report.byProgramme().get(1);
        assertThat(subsidies.byRuleAndSeverity().get(AlertRule.DIVERTED_FUNDS)).containsEntry(Severity.HIGH, 2);
        assertThat(subsidies.moneyByRule()).containsEntry(AlertRule.KICKBACK_SUSPECTED, 3_000_000L)
                .containsEntry(AlertRule.DIVERTED_FUNDS, 710_000L);
        assertThat(subsidies.moneyAtRisk()).isEqualTo(4_110_000);
        GroupFigures unknown = report.byProgramme().get(2);
        assertThat(unknown.alerts()).isEqualTo(1);
        assertThat(unknown.byRule()).containsEntry(AlertRule.UNKNOWN_FUND, 1);
    }

    @Test
    void shouldRankFinancialOrganisationsByMoneyAtRiskWithTheUnnamedOnesLast() {
        PeriodReport report = october(october());

        assertThat(report.byFinancialOrg()).extracting(GroupFigures::key).containsExactly(ORG_2, ORG_1, null);
        GroupFigures org2 = report.byFinancialOrg().get(0);
        assertThat(org2.alerts()).isEqualTo(4);
        assertThat(org2.bySeverity()).containsEntry(Severity.CRITICAL, 1).containsEntry(Severity.HIGH, 3);
        assertThat(org2.byStatus()).containsEntry(CaseStatus.RESOLVED, 2).containsEntry(CaseStatus.PENDING_APPROVAL, 1)
                .containsEntry(CaseStatus.NEW, 1);
        assertThat(org2.byResolution()).containsEntry(CaseResolution.FALSE_POSITIVE, 1)
                .containsEntry(CaseResolution.FUNDS_RECOVERED, 1).containsEntry(CaseResolution.CONFIRMED_VIOLATION, 0);
        assertThat(org2.open()).isEqualTo(2);
        GroupFigures org1 = report.byFinancialOrg().get(1);
        assertThat(org1.alerts()).isEqualTo(2);
        assertThat(org1.moneyAtRisk()).isEqualTo(350_000);
        assertThat(org1.byStatus()).as("IDLE-1 was taken up, which triages it")
                .containsEntry(CaseStatus.TRIAGED, 1).containsEntry(CaseStatus.RESOLVED, 1);
    }

    @Test
    void shouldSumTheApprovedFundsRecoveredOnly() {
        PeriodReport report = october(october());

        // CASH-1's 200,000 and OVER-1's 300,000 were approved; DIV-2's 50 is only proposed
        assertThat(report.total().recovered()).isEqualTo(500_000);
        assertThat(report.byFinancialOrg().get(0).recovered()).isEqualTo(300_000);
        assertThat(report.byFinancialOrg().get(1).recovered()).isEqualTo(200_000);
        assertThat(report.byFinancialOrg().get(2).recovered()).isZero();
    }

    @Test
    void shouldTakeTheMedianTimesToTriageAndToResolution() {
        PeriodReport report = october(october());

        // triaged after 2 h (IDLE-1), 4 h (CASH-1), 6 h (KICK-1), 8 h (DIV-2), 10 h (OVER-1): the middle one
        assertThat(report.total().triaged()).isEqualTo(5);
        assertThat(report.total().medianToTriageMillis()).isEqualTo(Duration.ofHours(6).toMillis());
        // resolved after 2 d (CASH-1), 1 d (KICK-1), 3 d (OVER-1)
        assertThat(report.total().resolved()).isEqualTo(3);
        assertThat(report.total().medianToResolutionMillis()).isEqualTo(Duration.ofDays(2).toMillis());
        // two values: their mean
        GroupFigures auyl = report.byProgramme().get(0);
        assertThat(auyl.medianToTriageMillis()).isEqualTo(Duration.ofHours(3).toMillis());
        GroupFigures subsidies = report.byProgramme().get(1);
        assertThat(subsidies.medianToResolutionMillis()).isEqualTo(Duration.ofDays(2).toMillis());
        // none: no median
        GroupFigures unknown = report.byProgramme().get(2);
        assertThat(unknown.medianToTriageMillis()).isNull();
        assertThat(unknown.medianToResolutionMillis()).isNull();
        assertThat(Durations.text(unknown.medianToTriageMillis())).isEqualTo("\u2014");
    }

    @Test
    void shouldListTheOpenCasesOldestFirstThenByAlertId() {
        PeriodReport report = october(october());

        assertThat(report.openCases()).extracting(OpenCase::alertId).containsExactly("IDLE-1", "DIV-1", "DIV-2",
                "UNK-1");
        OpenCase div2 = report.openCases().get(2);
        assertThat(div2.status()).isEqualTo(CaseStatus.PENDING_APPROVAL);
        assertThat(div2.lastAct()).isEqualTo("RESOLUTION_PROPOSED by a.nurlanova");
        assertThat(div2.lastActionAt()).isEqualTo(OCT_10.plus(Duration.ofDays(1)).toEpochMilli());
        assertThat(report.openCases().get(1).lastAct()).isEqualTo("OPENED by earmark");
    }

    @Test
    void shouldCountEveryWeekOfThePeriodFromItsMonday() {
        PeriodReport report = october(october());

        assertThat(report.weekly().weeks()).extracting(WeeklySeries.Week::monday).containsExactly(
                LocalDate.parse("2024-09-30"), LocalDate.parse("2024-10-07"), LocalDate.parse("2024-10-14"),
                LocalDate.parse("2024-10-21"), LocalDate.parse("2024-10-28"));
        assertThat(report.weekly().weeks()).extracting(WeeklySeries.Week::alerts).containsExactly(2, 4, 0, 0, 1);
        assertThat(report.weekly().weeks().get(1).moneyAtRisk()).isEqualTo(4_110_000);
    }

    @Test
    void shouldNotDependOnTheOrderInWhichCasesWereRead() {
        List<CaseEvent> acts = october();
        List<CaseEvent> openedLastFirst = new ArrayList<>(acts);
        // the cases in another order; each case's own acts keep theirs (as one partition keeps a key's)
        openedLastFirst.sort(Comparator.comparing(CaseEvent::getAlertId).reversed().thenComparing(acts::indexOf));

        assertThat(october(openedLastFirst)).isEqualTo(october(acts));
    }

    @Test
    void shouldNeverWrapTheSumOfMoneyAtRisk() {
        Instant at = Instant.parse("2024-10-02T00:00:00Z");
        long half = Long.MAX_VALUE / 2 + 1;
        List<CaseEvent> acts = List.of(
                opened(alert("BIG-1", AlertRule.IDLE_FUNDS, Severity.HIGH, Programme.SEC_FUNDS, ORG_1, half, at)),
                opened(alert("BIG-2", AlertRule.IDLE_FUNDS, Severity.HIGH, Programme.SEC_FUNDS, ORG_1, half, at)));

        assertThatThrownBy(() -> october(acts)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("money at risk");
    }

    @Test
    void shouldReportAnEmptyPeriod() {
        PeriodReport report = PeriodReport.of(new CaseFold(), OCTOBER);

        assertThat(report.cases()).isZero();
        assertThat(report.asOf()).isNull();
        assertThat(report.byProgramme()).isEmpty();
        assertThat(report.openCases()).isEmpty();
        assertThat(report.weekly().weeks()).hasSize(5).allMatch(w -> w.alerts() == 0);
    }

    @Test
    void shouldRefuseAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.parse("2024-11-01"), LocalDate.parse("2024-11-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exclusive");
    }
}
