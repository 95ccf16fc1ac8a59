package io.earmark.streams.model;

import java.util.List;

/** The pair stage's verdict: a seller sent enough of a fund's payment back to its beneficiary. */
public record KickbackSignal(
        String fundId,
        String sellerId,
        long sentBack,
        long received,
        String triggerEventId,
        long eventTime,
        List<EvidenceRef> evidence) implements Payload {

    @Override
    public String orderTag() {
        return "KickbackSignal";
    }

    @Override
    public String orderingId() {
        return triggerEventId;
    }
}
