package io.earmark.streams.api;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The league table of who sits on public money: {@code GET /api/financial-orgs}. {@code asOf} is the event time the
 * idle durations were measured at (the latest of the instances' event clocks; null before any event); rows are
 * sorted by money held past maxIdleHours, then money held, then alerts, most first.
 */
record OrgTable(String asOf, List<OrgRow> financialOrgs) {

    static final Comparator<OrgRow> WORST_FIRST = Comparator.comparingLong(OrgRow::heldPastMaxIdle)
            .thenComparingLong(OrgRow::heldByFinancialOrg).thenComparingLong(OrgRow::alerts).reversed()
            .thenComparing(OrgRow::financialOrgId);

    static OrgTable of(String asOf, Iterable<OrgRow> rows) {
        Map<String, OrgRow> byOrg = new LinkedHashMap<>();
        rows.forEach(r -> byOrg.merge(r.financialOrgId(), r, OrgRow::plus));
        return new OrgTable(asOf, byOrg.values().stream().sorted(WORST_FIRST).toList());
    }

    /** The tables of several instances as one: rows of the same organisation added, the latest asOf kept. */
    static OrgTable merge(List<OrgTable> parts) {
        String asOf = parts.stream().map(OrgTable::asOf).filter(java.util.Objects::nonNull)
                .max(Comparator.comparing(java.time.Instant::parse)).orElse(null);
        return of(asOf, parts.stream().flatMap(p -> p.financialOrgs().stream()).toList());
    }
}
