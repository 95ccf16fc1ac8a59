package io.earmark.streams.model;

import io.earmark.schema.Programme;

/** The core tells the pair stage that a fund paid a seller: what the kickback rule needs of the fund. */
public record SellerPayment(
        String eventId,
        String fundId,
        Programme programme,
        String beneficiaryId,
        String financialOrgId,
        String sellerId,
        long amount,
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
