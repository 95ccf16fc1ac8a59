package io.earmark.streams.model;

import io.earmark.schema.Programme;

/**
 * A fund paid a seller: what the kickback rule needs of the fund. {@code receivedAt} is the movement's event time, the
 * seller's receipt, from which the kickback window runs. {@code eventTime} is where the payment stands in event-time
 * order: when the fund's ledger applied the movement, which for a movement held until its fund's earmark is the
 * earmark's time (DESIGN.md: such a movement is applied as if it had come after the earmark). So a transfer back that
 * came before the earmark is not counted against a receipt the earmark releases, however the stages batch their work.
 */
public record SellerPayment(
        String eventId,
        String fundId,
        Programme programme,
        String beneficiaryId,
        String financialOrgId,
        String sellerId,
        long amount,
        long receivedAt,
        long eventTime) implements Payload {

    @Override
    public String orderTag() {
        return "SellerPayment";
    }

    @Override
    public String orderingId() {
        return eventId;
    }
}
