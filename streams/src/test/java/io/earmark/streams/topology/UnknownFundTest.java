package io.earmark.streams.topology;

import static io.earmark.streams.testing.Events.AMOUNT;
import static io.earmark.streams.testing.Events.BANK;
import static io.earmark.streams.testing.Events.OPERATOR;
import static io.earmark.streams.testing.Events.OUTSIDER;
import static io.earmark.streams.testing.Events.fund;
import static io.earmark.streams.testing.Events.hours;
import static io.earmark.streams.testing.Events.move;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.earmark.schema.AlertRule;
import io.earmark.schema.FundAlert;
import io.earmark.schema.Severity;
import io.earmark.streams.testing.PipelineDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** UNKNOWN_FUND: movements naming an unannounced fund are held 24 h of event time, not dropped. */
class UnknownFundTest {

    private final PipelineDriver pipeline = new PipelineDriver();

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void shouldFlagAMovementWhoseFundIsNeverAnnounced() {
        pipeline.send(move("m1", "GHOST", OPERATOR, BANK, 1_000_00L, hours(1))).advanceTo(hours(25));
        assertThat(pipeline.alerts()).isEmpty();
        pipeline.advanceTo(hours(25).plusMillis(1));
        assertThat(pipeline.alerts()).extracting(FundAlert::getRule, FundAlert::getSeverity, FundAlert::getFundId,
                        FundAlert::getAmountAtRisk, FundAlert::getDetectedAt, FundAlert::getProgramme,
                        FundAlert::getBeneficiaryId, FundAlert::getFinancialOrgId, FundAlert::getAlertId)
                .containsExactly(tuple(AlertRule.UNKNOWN_FUND, Severity.LOW, "GHOST", 1_000_00L, hours(25), null, null,
                        null, "UNKNOWN_FUND:GHOST:m1"));
    }

    @Test
    void shouldApplyAHeldMovementAsIfItCameAfterTheLateEarmark() {
        // The movement at h1 names F1; the earmark comes at h20 (within 24 h), and the money then idles
        pipeline.send(move("m1", "F1", OPERATOR, BANK, AMOUNT, hours(1)))
                .send(fund("F1", b -> b.setEventTime(hours(20))))
                .advanceTo(hours(60));
        // The idle episode began at the movement's own time: MEDIUM at h1 + 48 h
        assertThat(pipeline.alerts()).extracting(FundAlert::getRule, FundAlert::getDetectedAt)
                .containsExactly(tuple(AlertRule.IDLE_FUNDS, hours(49)));
        assertThat(pipeline.ledger("F1").heldByFinancialOrg()).isEqualTo(AMOUNT);
    }

    @Test
    void shouldRunTheRulesOnAHeldMovement() {
        pipeline.send(move("m1", "F1", OPERATOR, BANK, AMOUNT, hours(1)))
                .send(move("m2", "F1", BANK, OUTSIDER, 2_000_00L, hours(2)))
                .send(fund("F1", b -> b.setEventTime(hours(3))))
                .advanceTo(hours(4));
        assertThat(pipeline.alerts()).extracting(FundAlert::getRule, FundAlert::getDetectedAt,
                        FundAlert::getBeneficiaryId)
                .containsExactly(tuple(AlertRule.DIVERTED_FUNDS, hours(2), "850312300456"));
    }

    @Test
    void shouldSetAsideAMovementWhoseEarmarkCameTooLate() {
        pipeline.send(move("m1", "F1", OPERATOR, BANK, AMOUNT, hours(1)))
                .send(fund("F1", b -> b.setEventTime(hours(30))))
                .advanceTo(hours(31));
        assertThat(pipeline.alerts()).extracting(FundAlert::getRule).containsExactly(AlertRule.UNKNOWN_FUND);
        assertThat(pipeline.ledger("F1").heldByFinancialOrg()).isZero();
        assertThat(pipeline.ledger("F1").setAside).extracting(m -> m.eventId()).containsExactly("m1");
    }
}
