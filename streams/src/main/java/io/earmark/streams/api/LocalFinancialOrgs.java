package io.earmark.streams.api;

import io.earmark.streams.metrics.EventClock;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.StoreNames;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * This instance's part of the league table. In: its fund ledgers, its recent alerts and its {@link EventClock}.
 * Out: an {@link OrgTable} with a row per financial organisation of its funds. "Held past maxIdleHours" is measured
 * in event time, never wall-clock time: a fund's money counts when the organisation still holds a positive balance
 * and {@code asOf − idleSince > maxIdleHours}, where idleSince is when the balance last went from 0 to positive and
 * asOf the latest event time this instance has seen (or, before it has read anything, its funds' latest update).
 */
final class LocalFinancialOrgs {

    private final LocalStores stores;
    private final LocalAlerts alerts;
    private final EventClock clock;

    LocalFinancialOrgs(LocalStores stores, LocalAlerts alerts, EventClock clock) {
        this.stores = stores;
        this.alerts = alerts;
        this.clock = clock;
    }

    OrgTable table() {
        Map<String, OrgRow> rows = new HashMap<>();
        long asOf = clock.latest().orElse(Long.MIN_VALUE);
        List<FundLedger> known = new ArrayList<>();
        try (KeyValueIterator<String, FundLedger> it = stores.ledgers().all()) {
            while (it.hasNext()) {
                KeyValue<String, FundLedger> next = it.next();
                if (next.value.known()) {
                    known.add(next.value);
                    asOf = Math.max(asOf, next.value.updatedAt);
                }
            }
        } catch (InvalidStateStoreException e) {
            throw LocalStores.unavailable(StoreNames.FUND_LEDGERS, e);
        }
        for (FundLedger ledger : known) {
            rows.merge(ledger.fund.financialOrgId(), OrgRow.empty(ledger.fund.financialOrgId())
                    .withFund(ledger.heldByFinancialOrg(), heldPastMaxIdle(ledger, asOf)), OrgRow::plus);
        }
        alerts.scan(null, (line, alert) -> {
            String org = alert.getFinancialOrgId();
            if (org != null) {
                rows.merge(org, OrgRow.empty(org).withAlert(alert.getRule().name()), OrgRow::plus);
            }
        });
        return OrgTable.of(asOf == Long.MIN_VALUE ? null : Instant.ofEpochMilli(asOf).toString(), rows.values());
    }

    static long heldPastMaxIdle(FundLedger ledger, long asOf) {
        long held = ledger.heldByFinancialOrg();
        if (held <= 0 || ledger.idleSince == null) {
            return 0;
        }
        long maxIdle = Duration.ofHours(ledger.fund.maxIdleHours()).toMillis();
        return asOf - ledger.idleSince > maxIdle ? held : 0;
    }
}
