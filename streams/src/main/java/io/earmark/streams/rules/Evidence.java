package io.earmark.streams.rules;

import io.earmark.schemas.Topics;
import io.earmark.streams.model.EvidenceRef;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Registration;

/** Evidence references for the three kinds of input event. */
public final class Evidence {

    private Evidence() {
    }

    public static EvidenceRef of(Fund fund) {
        return new EvidenceRef(fund.eventId(), Topics.FUNDS, fund.eventTime());
    }

    public static EvidenceRef of(Movement movement) {
        return new EvidenceRef(movement.eventId(), Topics.MOVEMENTS, movement.eventTime());
    }

    public static EvidenceRef of(Registration registration) {
        return new EvidenceRef(registration.eventId(), Topics.ASSETS, registration.eventTime());
    }

    public static EvidenceRef movement(String eventId, long eventTime) {
        return new EvidenceRef(eventId, Topics.MOVEMENTS, eventTime);
    }
}
