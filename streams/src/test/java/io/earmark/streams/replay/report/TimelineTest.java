package io.earmark.streams.replay.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.streams.replay.report.CaseReport.EvidenceView;
import io.earmark.streams.replay.report.CaseReport.Holdings;
import io.earmark.streams.replay.report.CaseReport.TimelineRow;
import io.earmark.streams.state.FundLedger;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private final FundLedger ledger = Ledgers.ledger();
    private final ReplayEvents events = new ReplayEvents(Ledgers.events());
    private final List<EvidenceView> evidence = List.of(
            new EvidenceView("M-4", "earmark.movements.v1", "2024-10-01T13:00:00Z"),
            new EvidenceView("M-3", "earmark.movements.v1", "2024-10-01T12:00:00Z"),
            new EvidenceView("M-BACK", "earmark.movements.v1", "2024-10-03T09:00:00Z"));

    @Test
    void shouldShowEveryStepWithWhereTheMoneyIsAfterIt() {
        List<TimelineRow> rows = Timeline.rows(ledger, events, evidence);

        assertThat(rows).extracting(TimelineRow::eventId).containsExactly("earmark-F-REPORT", "M-1", "M-2", "M-3",
                "M-4", "CASH_WITHDRAWAL:F-REPORT:M-4", "M-BACK", "KICKBACK_SUSPECTED:F-REPORT:M-BACK", "R-1");
        assertThat(rows).extracting(TimelineRow::after).containsExactly(
                new Holdings(0, 0, 0, 0, 0),
                new Holdings(5_000_000_00L, 0, 0, 0, 0),
                new Holdings(0, 5_000_000_00L, 0, 0, 0),
                new Holdings(0, 1_000_000_00L, 4_000_000_00L, 0, 0),
                new Holdings(0, 0, 4_000_000_00L, 0, 1_000_000_00L),
                new Holdings(0, 0, 4_000_000_00L, 0, 1_000_000_00L),
                new Holdings(0, 0, 4_000_000_00L, 0, 1_000_000_00L),
                new Holdings(0, 0, 4_000_000_00L, 0, 1_000_000_00L),
                new Holdings(0, 0, 4_000_000_00L, 0, 1_000_000_00L));
    }

    @Test
    void shouldEndWithThePipelinesOwnBalances() {
        List<TimelineRow> rows = Timeline.rows(ledger, events, evidence);

        assertThat(rows.get(rows.size() - 1).after()).isEqualTo(new Holdings(ledger.heldByFinancialOrg(),
                ledger.heldByBeneficiary(), ledger.paidToSellers, ledger.returned, ledger.diverted));
    }

    @Test
    void shouldNameStepsAndPartiesInWords() {
        List<TimelineRow> rows = Timeline.rows(ledger, events, evidence);

        assertThat(rows.get(1)).satisfies(r -> {
            assertThat(r.what()).isEqualTo("Transfer");
            assertThat(r.fromRole()).isEqualTo("programme operator");
            assertThat(r.toRole()).isEqualTo("financial organisation");
        });
        assertThat(rows.get(4).what()).isEqualTo("Cash withdrawal");
        assertThat(rows.get(3).toRole()).isEqualTo("approved seller");
        assertThat(rows.get(6)).satisfies(r -> {
            assertThat(r.what()).isEqualTo("Transfer of other (not earmarked) money, evidence of an alert");
            assertThat(r.fromRole()).isEqualTo("approved seller");
            assertThat(r.toRole()).isEqualTo("beneficiary");
        });
        assertThat(rows.get(7).what()).isEqualTo("Alert raised");
        assertThat(rows.get(8).what()).isEqualTo("Asset registered");
    }
}
