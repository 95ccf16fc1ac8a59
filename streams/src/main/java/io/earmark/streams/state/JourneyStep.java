package io.earmark.streams.state;

/**
 * One line of a fund's journey: an event applied to the ledger, or an alert raised.
 *
 * @param kind    EARMARKED, MOVEMENT, REGISTRATION, DUPLICATE_REGISTRATION, HELD, SET_ASIDE or ALERT
 * @param eventId the event (or alert id) behind the step
 * @param detail  one readable sentence
 */
public record JourneyStep(long eventTime, String kind, String eventId, String fromId, String toId, long amount,
                          String detail) {
}
