package io.earmark.streams.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrgTableTest {

    @Test
    void shouldAddUpTheRowsOfEachOrganisationAcrossInstancesAndKeepTheLatestAsOf() {
        OrgTable a = OrgTable.of("2024-10-05T00:00:00Z", List.of(
                OrgRow.empty("BANK").withFund(100, 100).withAlert("IDLE_FUNDS"),
                OrgRow.empty("LEASING").withFund(0, 0)));
        OrgTable b = OrgTable.of("2024-10-05T06:00:00Z", List.of(
                OrgRow.empty("BANK").withFund(50, 0).withAlert("IDLE_FUNDS").withAlert("CASH_WITHDRAWAL")));

        OrgTable merged = OrgTable.merge(List.of(a, b));

        assertThat(merged.asOf()).isEqualTo("2024-10-05T06:00:00Z");
        OrgRow bank = merged.financialOrgs().get(0);
        assertThat(bank.financialOrgId()).isEqualTo("BANK");
        assertThat(bank.funds()).isEqualTo(2);
        assertThat(bank.heldByFinancialOrg()).isEqualTo(150);
        assertThat(bank.heldPastMaxIdle()).isEqualTo(100);
        assertThat(bank.alerts()).isEqualTo(3);
        assertThat(bank.alertsByRule()).containsEntry("IDLE_FUNDS", 2L).containsEntry("CASH_WITHDRAWAL", 1L);
        assertThat(merged.financialOrgs()).extracting(OrgRow::financialOrgId).containsExactly("BANK", "LEASING");
    }

    @Test
    void shouldRankByMoneyHeldPastMaxIdleThenMoneyHeldThenAlerts() {
        OrgTable table = OrgTable.of(null, List.of(
                OrgRow.empty("MANY-ALERTS").withAlert("X").withAlert("X"),
                OrgRow.empty("HOLDS").withFund(500, 0),
                OrgRow.empty("SITS").withFund(10, 10),
                OrgRow.empty("HOLDS-MORE").withFund(900, 0)));

        assertThat(table.financialOrgs()).extracting(OrgRow::financialOrgId)
                .containsExactly("SITS", "HOLDS-MORE", "HOLDS", "MANY-ALERTS");
    }

    @Test
    void shouldHaveNoAsOfBeforeAnyInstanceHasSeenAnEvent() {
        assertThat(OrgTable.merge(List.of(OrgTable.of(null, List.of()), OrgTable.of(null, List.of()))).asOf())
                .isNull();
    }

    @Test
    void shouldSurviveTheJsonRoundTripBetweenInstances() {
        OrgTable table = OrgTable.of("2024-10-05T00:00:00Z", List.of(OrgRow.empty("BANK").withFund(7, 7)
                .withAlert("IDLE_FUNDS")));

        assertThat(Json.read(Json.write(table), OrgTable.class)).isEqualTo(table);
    }
}
