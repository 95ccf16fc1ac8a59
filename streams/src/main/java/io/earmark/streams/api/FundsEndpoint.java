package io.earmark.streams.api;

import io.earmark.streams.state.FundLedger;
import io.earmark.streams.topology.StoreNames;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * {@code GET /api/funds/{fundId}}: the fund's status and journey from the instance that owns the fund's ledger. In:
 * the fund id. Out: the {@link FundView} JSON, answered here when this instance owns the fund, otherwise forwarded
 * to the owner's {@code GET /internal/funds/{fundId}} and passed on unchanged, so every instance gives the same
 * answer; 404 for a fund no event has named. {@code X-Earmark-Answered-By} names the owner.
 */
final class FundsEndpoint {

    static final String ANSWERED_BY = "X-Earmark-Answered-By";

    private final Instances instances;
    private final LocalStores stores;
    private final Peers peers;
    private final FundView view;

    FundsEndpoint(Instances instances, LocalStores stores, Peers peers, FundView view) {
        this.instances = instances;
        this.stores = stores;
        this.peers = peers;
        this.view = view;
    }

    void get(Context ctx) {
        String fundId = ctx.pathParam("fundId");
        KeyQueryMetadata owner = instances.ownerOf(StoreNames.FUND_LEDGERS, fundId);
        if (instances.isSelf(owner.activeHost())) {
            answer(ctx, fundId, local(fundId, owner.partition()));
            return;
        }
        HostInfo host = owner.activeHost();
        Peers.Reply reply = peers.get(host, "/internal/funds/" + URLEncoder.encode(fundId, StandardCharsets.UTF_8)
                .replace("+", "%20"));
        ctx.status(reply.status()).header(ANSWERED_BY, host.host() + ":" + host.port())
                .contentType("application/json").result(reply.body());
    }

    /** Only this instance's stores: what another instance forwards here. */
    void getLocal(Context ctx) {
        String fundId = ctx.pathParam("fundId");
        answer(ctx, fundId, local(fundId, null));
    }

    private FundLedger local(String fundId, Integer partition) {
        try {
            return partition == null ? stores.ledgers().get(fundId) : stores.ledgers(partition).get(fundId);
        } catch (org.apache.kafka.streams.errors.InvalidStateStoreException e) {
            throw LocalStores.unavailable(StoreNames.FUND_LEDGERS, e);
        }
    }

    private void answer(Context ctx, String fundId, FundLedger ledger) {
        if (ledger == null) {
            throw ApiException.notFound("no fund '" + fundId + "': no event has named it");
        }
        HostInfo self = instances.self();
        ctx.header(ANSWERED_BY, self.host() + ":" + self.port()).contentType("application/json")
                .result(view.json(ledger));
    }
}
