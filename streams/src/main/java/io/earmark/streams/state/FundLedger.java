package io.earmark.streams.state;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Registration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the pipeline knows about one fund, stored per fundId in {@code fund-ledgers}. Plain data: the
 * ledger book ({@code io.earmark.streams.ledger.LedgerBook}) changes it and the rules read it. Money in tiyn.
 */
public final class FundLedger {
    /** The key: set when the ledger is created, before the earmark may be known. */
    public String fundId;
    /** The earmark; null while only movements naming the fund have been seen. */
    public Fund fund;
    /** Movements that named the fund before its earmark was known, waiting (UNKNOWN_FUND). */
    public List<Movement> held = new ArrayList<>();
    /** Held movements whose earmark never came in time: alerted and never applied. */
    public List<Movement> setAside = new ArrayList<>();

    /** Balance per holder (financial organisation, beneficiary) from the fund's coloured movements. */
    @JsonDeserialize(as = TreeMap.class)
    public Map<String, Long> balances = new TreeMap<>();
    public long movedIn;
    public long paidToSellers;
    public long diverted;
    public long returned;

    /** Start of the current idle episode: when the financial organisation's balance went from 0 to positive. */
    public Long idleSince;
    public String idleStartEventId;

    public Long firstSellerPaymentAt;
    public String firstSellerPaymentEventId;
    public boolean assetDeadlinePassed;

    public List<Registration> assets = new ArrayList<>();
    public long registeredValue;

    @JsonDeserialize(as = LinkedHashSet.class)
    public Set<String> appliedEventIds = new LinkedHashSet<>();
    @JsonDeserialize(as = LinkedHashSet.class)
    public Set<String> alertIds = new LinkedHashSet<>();
    /**
     * Alerts already sent on a movement's arrival, before the movement is applied in order (see
     * {@code LedgerBook.immediateAlerts} in the ledger package); applying it raises them as usual without sending them
     * again.
     */
    @JsonDeserialize(as = LinkedHashSet.class)
    public Set<String> announcedAlertIds = new LinkedHashSet<>();
    public List<JourneyStep> journey = new ArrayList<>();
    public long updatedAt;

    /**
     * The ids of {@link #assets}, made when first asked for and then kept up to date by {@link #addAsset}, so that
     * checking a registration against a fund with many assets does not read them all; not stored, not copied.
     */
    private Set<String> assetIds;

    public static FundLedger open(String fundId) {
        FundLedger ledger = new FundLedger();
        ledger.fundId = fundId;
        return ledger;
    }

    public boolean known() {
        return fund != null;
    }

    public long balanceOf(String party) {
        return balances.getOrDefault(party, 0L);
    }

    public long heldByFinancialOrg() {
        return balanceOf(fund.financialOrgId());
    }

    public long heldByBeneficiary() {
        return balanceOf(fund.beneficiaryId());
    }

    public int assetsRegistered() {
        return assets.size();
    }

    public boolean hasAsset(String assetId) {
        if (assetIds == null || assetIds.size() != assets.size()) {
            assetIds = new HashSet<>();
            assets.forEach(a -> assetIds.add(a.assetId()));
        }
        return assetIds.contains(assetId);
    }

    /** Counts {@code registration}'s asset for this fund (the caller has checked {@link #hasAsset}). */
    public void addAsset(Registration registration) {
        assets.add(registration);
        if (assetIds != null) {
            assetIds.add(registration.assetId());
        }
    }

    /**
     * Takes in {@code other}, a ledger of the same fund from before its earmark kept elsewhere: the beneficiary's core
     * keeps what reached it for the fund before the earmark's place, the route what reached it before it passed the
     * earmark on. Before an earmark a ledger only holds movements (applied at the earmark), the assets registered
     * against the fund, and what was alerted and applied; taking both in is their union, a movement both hold (a
     * redelivery) counted once.
     */
    public void takeInBeforeEarmark(FundLedger other) {
        if (known() || other.known()) {
            throw new IllegalStateException("fund " + fundId + ": only ledgers from before the earmark are taken in");
        }
        // a movement both saw (a redelivery, one copy on each side of the earmark's hand-over) is taken once
        for (Movement movement : other.held) {
            if (!appliedEventIds.contains("movements:" + movement.eventId())) {
                held.add(movement);
            }
        }
        for (Movement movement : other.setAside) {
            if (!appliedEventIds.contains("movements:" + movement.eventId())) {
                setAside.add(movement);
            }
        }
        for (Registration asset : other.assets) {
            if (!hasAsset(asset.assetId())) {
                addAsset(asset);
                registeredValue = Math.addExact(registeredValue, asset.actualValue());
            }
        }
        appliedEventIds.addAll(other.appliedEventIds);
        alertIds.addAll(other.alertIds);
        announcedAlertIds.addAll(other.announcedAlertIds);
        journey.addAll(other.journey);
        updatedAt = Math.max(updatedAt, other.updatedAt);
    }

    /** A copy that shares no mutable part with this ledger (its events and steps are immutable records). */
    public FundLedger copy() {
        FundLedger copy = new FundLedger();
        copy.fundId = fundId;
        copy.fund = fund;
        copy.held = new ArrayList<>(held);
        copy.setAside = new ArrayList<>(setAside);
        copy.balances = new TreeMap<>(balances);
        copy.movedIn = movedIn;
        copy.paidToSellers = paidToSellers;
        copy.diverted = diverted;
        copy.returned = returned;
        copy.idleSince = idleSince;
        copy.idleStartEventId = idleStartEventId;
        copy.firstSellerPaymentAt = firstSellerPaymentAt;
        copy.firstSellerPaymentEventId = firstSellerPaymentEventId;
        copy.assetDeadlinePassed = assetDeadlinePassed;
        copy.assets = new ArrayList<>(assets);
        copy.registeredValue = registeredValue;
        copy.appliedEventIds = new LinkedHashSet<>(appliedEventIds);
        copy.alertIds = new LinkedHashSet<>(alertIds);
        copy.announcedAlertIds = new LinkedHashSet<>(announcedAlertIds);
        copy.journey = new ArrayList<>(journey);
        copy.updatedAt = updatedAt;
        return copy;
    }
}
