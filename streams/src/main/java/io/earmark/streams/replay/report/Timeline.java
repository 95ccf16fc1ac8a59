package io.earmark.streams.replay.report;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.Channel;
import io.earmark.schema.FundMovement;
import io.earmark.streams.ledger.Journey;
import io.earmark.streams.ledger.JourneyWording;
import io.earmark.streams.ledger.LedgerBook;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import io.earmark.streams.replay.report.CaseReport.EvidenceView;
import io.earmark.streams.replay.report.CaseReport.Holdings;
import io.earmark.streams.replay.report.CaseReport.TimelineRow;
import io.earmark.streams.rules.Money;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.JourneyStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A fund's journey as report rows. In: the pipeline's ledger of the fund (its journey, in the order the pipeline
 * applied it), the replay's events, and the evidence of the fund's alerts. Out: one row per step, with where the money
 * is after it. The holdings come from the pipeline's own ledger code ({@link LedgerBook}) run over the journey's
 * movements on a scratch ledger, so they are computed exactly as the pipeline computes balances. Alerts, and evidence
 * that is not part of the fund's own journey (a seller's transfer back, another fund's registration of the same
 * asset), are placed after the last row at or before their time.
 */
final class Timeline {

    private Timeline() {
    }

    static List<TimelineRow> rows(FundLedger ledger, ReplayEvents events, Collection<EvidenceView> evidence) {
        Fund fund = ledger.fund;
        LedgerBook book = new LedgerBook(RuleBook.shipped());
        FundLedger scratch = FundLedger.open(ledger.fundId);
        List<TimelineRow> rows = new ArrayList<>();
        List<TimelineRow> alerts = new ArrayList<>();
        Set<String> inJourney = new HashSet<>();
        Holdings holdings = Holdings.NONE;
        for (JourneyStep step : ledger.journey) {
            if (Journey.ALERT.equals(step.kind())) {
                alerts.add(row(step, alertId(step, ledger.fundId), Wording.step(step.kind(), null), fund, null));
                continue;
            }
            inJourney.add(step.eventId());
            FundMovement movement = events.movement(step.eventId());
            if (Journey.EARMARKED.equals(step.kind()) && fund != null) {
                book.applyFund(scratch, fund);
                holdings = holdings(scratch);
            } else if (Journey.MOVEMENT.equals(step.kind()) && scratch.known() && movement != null) {
                book.applyMovement(scratch, Movement.of(movement));
                holdings = holdings(scratch);
            }
            Channel channel = movement == null ? null : movement.getChannel();
            rows.add(row(step, step.eventId(), Wording.step(step.kind(), channel), fund, holdings));
        }
        for (EvidenceView e : evidence) {
            if (inJourney.add(e.eventId())) {
                evidenceRow(e, events, fund).ifPresent(row -> insertByTime(rows, row));
            }
        }
        alerts.forEach(row -> insertByTime(rows, row));
        return rows;
    }

    /** The holdings of a ledger: what the financial organisation and the beneficiary hold, and what left them. */
    static Holdings holdings(FundLedger ledger) {
        if (!ledger.known()) {
            return Holdings.NONE;
        }
        return new Holdings(ledger.heldByFinancialOrg(), ledger.heldByBeneficiary(), ledger.paidToSellers,
                ledger.returned, ledger.diverted);
    }

    private static Optional<TimelineRow> evidenceRow(EvidenceView e, ReplayEvents events, Fund fund) {
        FundMovement m = e.topic().contains("movements") ? events.movement(e.eventId()) : null;
        if (m != null) {
            String what = m.getFundId() == null ? "Transfer of other (not earmarked) money, evidence of an alert"
                    : "Transfer of fund " + m.getFundId() + ", evidence of an alert";
            return Optional.of(new TimelineRow(m.getEventTime().toString(), "EVIDENCE", what,
                    m.getEventId(), m.getFromId(), Wording.role(fund, m.getFromId()), m.getToId(),
                    Wording.role(fund, m.getToId()), m.getAmount(), "", null));
        }
        AssetRegistered a = e.topic().contains("assets") ? events.registration(e.eventId()) : null;
        if (a != null) {
            return Optional.of(new TimelineRow(a.getEventTime().toString(), "EVIDENCE",
                    "Registration of the same asset for another fund, evidence of an alert", a.getEventId(),
                    a.getSellerId(), "", a.getOwnerId(), "", a.getActualValue(), a.getRegistry() + " "
                    + a.getAssetType() + " " + a.getAssetId() + " worth " + Money.kzt(a.getActualValue())
                    + (a.getFundId() == null ? "" : " for fund " + a.getFundId()), null));
        }
        return Optional.empty();
    }

    /** A journey's alert step is named "RULE:trigger"; the alert's id is "RULE:fundId:trigger". */
    private static String alertId(JourneyStep alert, String fundId) {
        int colon = alert.eventId().indexOf(':');
        return colon < 0 ? alert.eventId()
                : alert.eventId().substring(0, colon) + ":" + fundId + alert.eventId().substring(colon);
    }

    /** After the last row at or before the row's time; it shows the holdings of the row before it. */
    private static void insertByTime(List<TimelineRow> rows, TimelineRow row) {
        long at = Instant.parse(row.at()).toEpochMilli();
        int position = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (Instant.parse(rows.get(i).at()).toEpochMilli() <= at) {
                position = i + 1;
            }
        }
        Holdings after = position == 0 ? Holdings.NONE : rows.get(position - 1).after();
        rows.add(position, new TimelineRow(row.at(), row.kind(), row.what(), row.eventId(), row.from(),
                row.fromRole(), row.to(), row.toRole(), row.amount(), row.detail(), after));
    }

    private static TimelineRow row(JourneyStep step, String id, String what, Fund fund, Holdings after) {
        return new TimelineRow(Instant.ofEpochMilli(step.eventTime()).toString(), step.kind(), what, id,
                step.fromId(), Wording.role(fund, step.fromId()), step.toId(), Wording.role(fund, step.toId()),
                step.amount(), JourneyWording.of(step), after);
    }
}
