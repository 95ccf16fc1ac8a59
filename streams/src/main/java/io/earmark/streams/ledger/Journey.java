package io.earmark.streams.ledger;

import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Registration;
import io.earmark.streams.rules.AlertDraft;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.JourneyStep;

/** Appends steps to a fund's journey, as data (see {@link JourneyWording} for the sentence each says). */
public final class Journey {

    public static final String EARMARKED = "EARMARKED";
    public static final String MOVEMENT = "MOVEMENT";
    public static final String HELD = "HELD";
    public static final String SET_ASIDE = "SET_ASIDE";
    public static final String REGISTRATION = "REGISTRATION";
    public static final String DUPLICATE_REGISTRATION = "DUPLICATE_REGISTRATION";
    public static final String ALERT = "ALERT";

    private Journey() {
    }

    static void earmarked(FundLedger ledger, Fund fund) {
        add(ledger, new JourneyStep(fund.eventTime(), EARMARKED, fund.eventId(), fund.operatorId(),
                fund.financialOrgId(), fund.amount(), String.valueOf(fund.programme()), null, null,
                fund.beneficiaryId(), null));
    }

    static void moved(FundLedger ledger, Movement m) {
        add(ledger, new JourneyStep(m.eventTime(), MOVEMENT, m.eventId(), m.fromId(), m.toId(), m.amount(),
                String.valueOf(m.channel()), null, null, null, null));
    }

    static void held(FundLedger ledger, Movement m) {
        add(ledger, new JourneyStep(m.eventTime(), HELD, m.eventId(), m.fromId(), m.toId(), m.amount(),
                null, null, null, null, null));
    }

    static void setAside(FundLedger ledger, Movement m) {
        add(ledger, new JourneyStep(m.eventTime(), SET_ASIDE, m.eventId(), m.fromId(), m.toId(), m.amount(),
                null, null, null, null, null));
    }

    static void registered(FundLedger ledger, Registration r) {
        add(ledger, new JourneyStep(r.eventTime(), REGISTRATION, r.eventId(), r.sellerId(), r.ownerId(),
                r.actualValue(), String.valueOf(r.registry()), r.assetType(), r.assetId(), null, null));
    }

    static void duplicate(FundLedger ledger, Assignment a) {
        Registration r = a.registration();
        add(ledger, new JourneyStep(r.eventTime(), DUPLICATE_REGISTRATION, r.eventId(), r.sellerId(), r.ownerId(),
                r.actualValue(), null, r.assetType(), r.assetId(), a.duplicateOf(), null));
    }

    static void alerted(FundLedger ledger, AlertDraft draft) {
        add(ledger, new JourneyStep(draft.detectedAt(), ALERT, draft.rule() + ":" + draft.trigger(), null,
                draft.counterpartyId(), draft.amountAtRisk(), draft.message()));
    }

    private static void add(FundLedger ledger, JourneyStep step) {
        ledger.journey.add(step);
    }
}
