package io.earmark.streams.topology;

import static io.earmark.streams.testing.Events.AMOUNT;
import static io.earmark.streams.testing.Events.BANK;
import static io.earmark.streams.testing.Events.BENEFICIARY;
import static io.earmark.streams.testing.Events.OPERATOR;
import static io.earmark.streams.testing.Events.fund;
import static io.earmark.streams.testing.Events.hours;
import static io.earmark.streams.testing.Events.move;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.AlertRule;
import io.earmark.schema.FundAlert;
import io.earmark.schema.Programme;
import io.earmark.schema.Severity;
import io.earmark.streams.testing.PipelineDriver;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdleFundsTest {

    private final PipelineDriver pipeline = new PipelineDriver();

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void shouldFlagIdleFundsAfterMaxIdleHoursThenEscalateAtThreeTimes() {
        // Given money paid into the bank at h1, maxIdleHours 48
        pipeline.send(fund("F1")).send(move("m1", "F1", OPERATOR, BANK, AMOUNT, hours(1)));
        // When stream time reaches the deadline exactly, nothing fires yet
        pipeline.advanceTo(hours(49));
        assertThat(pipeline.alerts()).isEmpty();
        // Then just past it the MEDIUM alert fires, and past 3 x 48 h the HIGH one
        pipeline.advanceTo(hours(49).plusMillis(1));
        List<FundAlert> medium = pipeline.alerts();
        assertThat(medium).hasSize(1);
        FundAlert alert = medium.get(0);
        assertThat(alert.getRule()).isEqualTo(AlertRule.IDLE_FUNDS);
        assertThat(alert.getSeverity()).isEqualTo(Severity.MEDIUM);
        assertThat(alert.getAmountAtRisk()).isEqualTo(AMOUNT);
        assertThat(alert.getDetectedAt()).isEqualTo(hours(49));
        assertThat(alert.getAlertId()).isEqualTo("IDLE_FUNDS:F1:2024-10-03T10:00:00Z");
        assertThat(alert.getProgramme()).isEqualTo(Programme.AUYL_AMANATY);
        assertThat(alert.getFinancialOrgId()).isEqualTo(BANK);
        assertThat(alert.getBeneficiaryId()).isEqualTo(BENEFICIARY);
        assertThat(alert.getCounterpartyId()).isNull();
        assertThat(alert.getRuleVersion()).isNotBlank();
        assertThat(alert.getEvidence()).extracting(e -> e.getEventId()).containsExactly("m1");

        pipeline.advanceTo(hours(145));
        assertThat(pipeline.alerts()).isEmpty();
        pipeline.advanceTo(hours(146));
        List<FundAlert> high = pipeline.alerts();
        assertThat(high).extracting(FundAlert::getSeverity, FundAlert::getAmountAtRisk, FundAlert::getDetectedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.HIGH, AMOUNT, hours(145)));
    }

    @Test
    void shouldStaySilentWhenMoneyIsReleasedBeforeMaxIdleHours() {
        pipeline.send(fund("F1"))
                .send(move("m1", "F1", OPERATOR, BANK, AMOUNT, hours(1)))
                .send(move("m2", "F1", BANK, BENEFICIARY, AMOUNT, hours(48)))
                .advanceTo(hours(500));
        assertThat(pipeline.alerts()).isEmpty();
    }

    @Test
    void shouldTreatAReleaseAtExactlyTheDeadlineAsInTime() {
        pipeline.send(fund("F1"))
                .send(move("m1", "F1", OPERATOR, BANK, AMOUNT, hours(1)))
                .send(move("m2", "F1", BANK, BENEFICIARY, AMOUNT, hours(49)))
                .advanceTo(hours(500));
        assertThat(pipeline.alerts()).isEmpty();
    }

    @Test
    void shouldReportTheBalanceStillHeldAtTheDeadline() {
        pipeline.send(fund("F1"))
                .send(move("m1", "F1", OPERATOR, BANK, AMOUNT, hours(1)))
                .send(move("m2", "F1", BANK, BENEFICIARY, 2_000_000_00L, hours(10)))
                .advanceTo(hours(60));
        assertThat(pipeline.alerts()).extracting(FundAlert::getAmountAtRisk, FundAlert::getSeverity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AMOUNT - 2_000_000_00L, Severity.MEDIUM));
    }

    @Test
    void shouldStartANewEpisodeWhenTheBalanceReturnsToZeroAndRisesAgain() {
        pipeline.send(fund("F1"))
                .send(move("m1", "F1", OPERATOR, BANK, 1_000_00L, hours(1)))
                .send(move("m2", "F1", BANK, BENEFICIARY, 1_000_00L, hours(10)))
                .send(move("m3", "F1", OPERATOR, BANK, 3_000_00L, hours(20)))
                .advanceTo(hours(69));
        assertThat(pipeline.alerts()).extracting(FundAlert::getDetectedAt, FundAlert::getAmountAtRisk)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(hours(68), 3_000_00L));
    }

    @Test
    void shouldNotEscalateWhenTheMoneyLeavesBetweenTheTwoDeadlines() {
        pipeline.send(fund("F1"))
                .send(move("m1", "F1", OPERATOR, BANK, AMOUNT, hours(1)))
                .send(move("m2", "F1", BANK, BENEFICIARY, AMOUNT, hours(100)))
                .advanceTo(hours(400));
        assertThat(pipeline.alerts()).extracting(FundAlert::getSeverity).containsExactly(Severity.MEDIUM);
    }
}
