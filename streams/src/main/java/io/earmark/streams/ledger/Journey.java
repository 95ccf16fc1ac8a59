package io.earmark.streams.ledger;

import static io.earmark.streams.rules.Money.kzt;

import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Registration;
import io.earmark.streams.rules.AlertDraft;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.JourneyStep;

/** Appends readable steps to a fund's journey, for the API and case reports. */
final class Journey {

    private Journey() {
    }

    static void earmarked(FundLedger ledger, Fund fund) {
        add(ledger, new JourneyStep(fund.eventTime(), "EARMARKED", fund.eventId(), fund.operatorId(),
                fund.financialOrgId(), fund.amount(), fund.programme() + " fund of " + kzt(fund.amount()) + " for "
                        + fund.beneficiaryId() + " via " + fund.financialOrgId()));
    }

    static void moved(FundLedger ledger, Movement m) {
        add(ledger, new JourneyStep(m.eventTime(), "MOVEMENT", m.eventId(), m.fromId(), m.toId(), m.amount(),
                m.channel() + " of " + kzt(m.amount()) + " from " + m.fromId() + " to " + m.toId()));
    }

    static void held(FundLedger ledger, Movement m) {
        add(ledger, new JourneyStep(m.eventTime(), "HELD", m.eventId(), m.fromId(), m.toId(), m.amount(),
                "held: the fund is not announced yet"));
    }

    static void setAside(FundLedger ledger, Movement m) {
        add(ledger, new JourneyStep(m.eventTime(), "SET_ASIDE", m.eventId(), m.fromId(), m.toId(), m.amount(),
                "set aside: the fund was not announced in time"));
    }

    static void registered(FundLedger ledger, Registration r) {
        add(ledger, new JourneyStep(r.eventTime(), "REGISTRATION", r.eventId(), r.sellerId(), r.ownerId(),
                r.actualValue(), r.registry() + " " + r.assetType() + " " + r.assetId() + " worth "
                        + kzt(r.actualValue())));
    }

    static void duplicate(FundLedger ledger, Assignment a) {
        Registration r = a.registration();
        add(ledger, new JourneyStep(r.eventTime(), "DUPLICATE_REGISTRATION", r.eventId(), r.sellerId(), r.ownerId(),
                r.actualValue(), r.assetType() + " " + r.assetId() + " already counts for fund " + a.duplicateOf()));
    }

    static void alerted(FundLedger ledger, AlertDraft draft) {
        add(ledger, new JourneyStep(draft.detectedAt(), "ALERT", draft.rule() + ":" + draft.trigger(), null,
                draft.counterpartyId(), draft.amountAtRisk(), draft.message()));
    }

    private static void add(FundLedger ledger, JourneyStep step) {
        ledger.journey.add(step);
    }
}
