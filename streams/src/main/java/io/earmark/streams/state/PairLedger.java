package io.earmark.streams.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.earmark.schema.Programme;
import io.earmark.streams.model.EvidenceRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What passed between one seller and one beneficiary, stored per "seller|beneficiary" in {@code pair-ledgers}:
 * per fund of the beneficiary, what the seller received from it and what the seller sent back in the window.
 */
public final class PairLedger {
    @JsonDeserialize(as = TreeMap.class)
    public Map<String, Receipt> funds = new TreeMap<>();
    @JsonDeserialize(as = LinkedHashSet.class)
    public Set<String> seenEventIds = new LinkedHashSet<>();

    /** One fund's payments to the seller and the money that came back to the beneficiary. */
    public static final class Receipt {
        public Programme programme;
        public long firstReceiptAt;
        public long received;
        public long sentBack;
        public boolean flagged;
        public List<EvidenceRef> evidence = new ArrayList<>();

        Receipt copy() {
            Receipt copy = new Receipt();
            copy.programme = programme;
            copy.firstReceiptAt = firstReceiptAt;
            copy.received = received;
            copy.sentBack = sentBack;
            copy.flagged = flagged;
            copy.evidence = new ArrayList<>(evidence);
            return copy;
        }
    }

    /** A copy that shares no mutable part with this one. */
    public PairLedger copy() {
        PairLedger copy = new PairLedger();
        funds.forEach((fundId, receipt) -> copy.funds.put(fundId, receipt.copy()));
        copy.seenEventIds = new LinkedHashSet<>(seenEventIds);
        return copy;
    }
}
