package io.earmark.streams.picture;

import io.earmark.streams.ledger.Journey;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.JourneyStep;
import java.util.LinkedHashSet;
import java.util.Set;

/** What a fund's journey says about its alerts: each alert step's id is "RULE:trigger". */
final class Alerts {

    private Alerts() {
    }

    /** The triggers (event ids, or deadlines) of the journey's alerts whose id starts with {@code rulePrefix}. */
    static Set<String> triggers(FundLedger ledger, String rulePrefix) {
        Set<String> triggers = new LinkedHashSet<>();
        for (JourneyStep step : ledger.journey) {
            if (Journey.ALERT.equals(step.kind()) && step.eventId().startsWith(rulePrefix)) {
                triggers.add(step.eventId().substring(rulePrefix.length()));
            }
        }
        return triggers;
    }

    /** The rule of an alert step: the part of its id before the first ':'. */
    static String rule(JourneyStep alert) {
        int colon = alert.eventId().indexOf(':');
        return colon < 0 ? alert.eventId() : alert.eventId().substring(0, colon);
    }
}
