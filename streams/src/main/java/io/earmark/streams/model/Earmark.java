package io.earmark.streams.model;

/**
 * An earmark as the route sends it to its beneficiary's core. {@code prior} is the fund's ledger from before its
 * earmark (movements held for it, registrations that named it), in the fund-ledger store's bytes, or null when
 * nothing named the fund before. {@code opensLedger} is false for an earmark of a fund the route already knew (a
 * redelivery, or a second earmark with the same fundId): it counts for its beneficiary's matching, as it always
 * did, but the fund's ledger stays where the first earmark opened it.
 */
public record Earmark(Fund fund, byte[] prior, boolean opensLedger) implements Payload {

    @Override
    public long eventTime() {
        return fund.eventTime();
    }

    @Override
    public String orderingId() {
        return fund.eventId();
    }

    @Override
    public String orderTag() {
        return "Earmark";
    }

    @Override
    public String sourceTag() {
        return fund.orderTag();
    }
}
