package io.earmark.streams.model;

import io.earmark.schema.Channel;
import io.earmark.schema.FundMovement;

/** A transfer reported by a bank; {@code fundId} is null for an uncoloured transfer. */
public record Movement(
        String eventId,
        String fundId,
        String bankId,
        String fromId,
        String toId,
        long amount,
        Channel channel,
        String purposeCode,
        long eventTime) implements Payload {

    @Override
    public String orderTag() {
        return "Movement";
    }

    public static Movement of(FundMovement e) {
        return new Movement(e.getEventId(), e.getFundId(), e.getBankId(), e.getFromId(), e.getToId(), e.getAmount(),
                e.getChannel(), e.getPurposeCode(), e.getEventTime().toEpochMilli());
    }

    /**
     * The same transfer without its colour: what the payee's core needs for the seller–beneficiary pairs, where the
     * fund's ledger is not (a kickback counts coloured and uncoloured money alike).
     */
    public Movement asTransfer() {
        return new Movement(eventId, null, bankId, fromId, toId, amount, channel, purposeCode, eventTime);
    }

    public boolean coloured() {
        return fundId != null;
    }

    @Override
    public String orderingId() {
        return eventId;
    }
}
