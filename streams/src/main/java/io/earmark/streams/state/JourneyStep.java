package io.earmark.streams.state;

/**
 * One line of a fund's journey, as data: an event applied to the ledger, or an alert raised. The sentence a person
 * reads is made from these fields when the journey is shown ({@code ledger.JourneyWording}), so the ledger stores no
 * text it can rebuild.
 *
 * @param kind      EARMARKED, MOVEMENT, REGISTRATION, DUPLICATE_REGISTRATION, HELD, SET_ASIDE or ALERT
 * @param eventId   the event (or, for an alert, "RULE:trigger") behind the step
 * @param label     EARMARKED: the programme; MOVEMENT: the channel; REGISTRATION: the registry; otherwise null
 * @param assetType REGISTRATION and DUPLICATE_REGISTRATION: the asset's type; otherwise null
 * @param assetId   REGISTRATION and DUPLICATE_REGISTRATION: the asset's id; otherwise null
 * @param reference EARMARKED: the beneficiary; DUPLICATE_REGISTRATION: the fund the asset already counts for
 * @param text      ALERT: the alert's message; a step read from a ledger of format 2 or earlier: its sentence as
 *                  stored then; otherwise null
 */
public record JourneyStep(long eventTime, String kind, String eventId, String fromId, String toId, long amount,
                          String label, String assetType, String assetId, String reference, String text) {

    /** A step whose sentence is given as it is ({@code text}), with no other data. */
    public JourneyStep(long eventTime, String kind, String eventId, String fromId, String toId, long amount,
                       String text) {
        this(eventTime, kind, eventId, fromId, toId, amount, null, null, null, null, text);
    }
}
