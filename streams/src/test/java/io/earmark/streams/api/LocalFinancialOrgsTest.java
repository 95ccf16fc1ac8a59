package io.earmark.streams.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import io.earmark.streams.model.Fund;
import io.earmark.streams.state.FundLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Held past maxIdleHours" is measured in event time against the ledger's idle episode, never the wall clock. */
class LocalFinancialOrgsTest {

    private static final Instant SINCE = Instant.parse("2024-10-01T10:00:00Z");

    private static FundLedger ledgerHolding(long balance, Instant idleSince) {
        FundLedger ledger = FundLedger.open("F-1");
        ledger.fund = new Fund("E-1", "F-1", Programme.AUYL_AMANATY, "OP", "BEN", "BANK", 1000, Purpose.LIVESTOCK,
                List.of(), 1, 1000, null, 48, 30, SINCE.toEpochMilli());
        ledger.balances.put("BANK", balance);
        ledger.idleSince = idleSince == null ? null : idleSince.toEpochMilli();
        return ledger;
    }

    private static long at(Duration afterSince) {
        return SINCE.plus(afterSince).toEpochMilli();
    }

    @Test
    void shouldCountTheBalanceOnlyOnceTheEpisodeIsLongerThanMaxIdleHours() {
        FundLedger ledger = ledgerHolding(700, SINCE);

        assertThat(LocalFinancialOrgs.heldPastMaxIdle(ledger, at(Duration.ofHours(47)))).isZero();
        assertThat(LocalFinancialOrgs.heldPastMaxIdle(ledger, at(Duration.ofHours(48)))).isZero();
        assertThat(LocalFinancialOrgs.heldPastMaxIdle(ledger, at(Duration.ofHours(48).plusMillis(1)))).isEqualTo(700);
    }

    @Test
    void shouldCountNothingWhenTheOrganisationHoldsNothingOrNoEpisodeIsOpen() {
        assertThat(LocalFinancialOrgs.heldPastMaxIdle(ledgerHolding(0, SINCE), at(Duration.ofDays(30)))).isZero();
        assertThat(LocalFinancialOrgs.heldPastMaxIdle(ledgerHolding(700, null), at(Duration.ofDays(30)))).isZero();
    }
}
