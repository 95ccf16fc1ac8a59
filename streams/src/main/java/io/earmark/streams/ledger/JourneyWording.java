package io.earmark.streams.ledger;

import static io.earmark.streams.rules.Money.kzt;

import io.earmark.streams.state.JourneyStep;

/** The sentence a journey step says, made from its data when the journey is shown (the API, case reports). */
public final class JourneyWording {

    private JourneyWording() {
    }

    public static String of(JourneyStep step) {
        if (step.text() != null || step.kind() == null) {
            return step.text();
        }
        switch (step.kind()) {
            case Journey.EARMARKED:
                return step.label() + " fund of " + kzt(step.amount()) + " for " + step.reference() + " via "
                        + step.toId();
            case Journey.MOVEMENT:
                return step.label() + " of " + kzt(step.amount()) + " from " + step.fromId() + " to " + step.toId();
            case Journey.HELD:
                return "held: the fund is not announced yet";
            case Journey.SET_ASIDE:
                return "set aside: the fund was not announced in time";
            case Journey.REGISTRATION:
                return step.label() + " " + step.assetType() + " " + step.assetId() + " worth "
                        + kzt(step.amount());
            case Journey.DUPLICATE_REGISTRATION:
                return step.assetType() + " " + step.assetId() + " already counts for fund " + step.reference();
            default:
                return step.text(); // an alert's message, or null as before when it has none
        }
    }
}
