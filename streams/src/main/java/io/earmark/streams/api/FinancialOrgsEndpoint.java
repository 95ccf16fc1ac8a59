package io.earmark.streams.api;

import io.earmark.streams.state.StoreNames;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.HostInfo;

/**
 * {@code GET /api/financial-orgs}: the league table over every instance. In: nothing. Out: the {@link OrgTable}
 * JSON; each instance computes its part ({@code /internal/financial-orgs}, see {@link LocalFinancialOrgs}) and the
 * instance asked adds them up.
 */
final class FinancialOrgsEndpoint {

    private final Instances instances;
    private final LocalFinancialOrgs local;
    private final Peers peers;

    FinancialOrgsEndpoint(Instances instances, LocalFinancialOrgs local, Peers peers) {
        this.instances = instances;
        this.local = local;
        this.peers = peers;
    }

    void table(Context ctx) {
        List<OrgTable> parts = new ArrayList<>();
        for (HostInfo host : instances.holding(StoreNames.FUND_LEDGERS)) {
            parts.add(instances.isSelf(host) ? local.table()
                    : Json.read(peers.ok(host, "/internal/financial-orgs"), OrgTable.class));
        }
        ctx.contentType("application/json").result(Json.write(OrgTable.merge(parts)));
    }

    void tableLocal(Context ctx) {
        ctx.contentType("application/json").result(Json.write(local.table()));
    }
}
