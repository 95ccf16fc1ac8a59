package io.earmark.streams.api;

import io.earmark.streams.picture.FundPictures;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.StoreNames;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * {@code GET /api/funds/{fundId}}: the fund's status and journey from the instance that owns the fund's ledger; and
 * {@code GET /api/funds/{fundId}/flow.svg} and {@code .../idle.svg}: its money-flow diagram and idle strip, drawn
 * from the same ledger ({@link FundPictures}). In: the fund id. Out: the {@link FundView} JSON or the SVG, answered
 * here when this instance owns the fund, otherwise forwarded to the owner's {@code GET /internal/funds/{fundId}...}
 * and passed on unchanged, so every instance gives the same answer; 404 for a fund no event has named (and, for a
 * picture, for a fund whose earmark is not known yet). {@code X-Earmark-Answered-By} names the owner.
 */
final class FundsEndpoint {

    static final String ANSWERED_BY = "X-Earmark-Answered-By";
    private static final String SVG = "image/svg+xml; charset=utf-8";

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
        fromOwner(ctx, "", "application/json", view::json);
    }

    /** Only this instance's stores: what another instance forwards here. */
    void getLocal(Context ctx) {
        answer(ctx, "application/json", local(ctx.pathParam("fundId"), null), view::json);
    }

    void flow(Context ctx) {
        fromOwner(ctx, "/flow.svg", SVG, FundsEndpoint::flow);
    }

    void flowLocal(Context ctx) {
        answer(ctx, SVG, local(ctx.pathParam("fundId"), null), FundsEndpoint::flow);
    }

    void idle(Context ctx) {
        fromOwner(ctx, "/idle.svg", SVG, FundsEndpoint::idle);
    }

    void idleLocal(Context ctx) {
        answer(ctx, SVG, local(ctx.pathParam("fundId"), null), FundsEndpoint::idle);
    }

    private void fromOwner(Context ctx, String suffix, String contentType, Function<FundLedger, String> body) {
        String fundId = ctx.pathParam("fundId");
        KeyQueryMetadata owner = instances.ownerOf(StoreNames.FUND_LEDGERS, fundId);
        if (instances.isSelf(owner.activeHost())) {
            answer(ctx, contentType, local(fundId, owner.partition()), body);
            return;
        }
        HostInfo host = owner.activeHost();
        Peers.Reply reply = peers.get(host, "/internal/funds/" + URLEncoder.encode(fundId, StandardCharsets.UTF_8)
                .replace("+", "%20") + suffix);
        ctx.status(reply.status()).header(ANSWERED_BY, host.host() + ":" + host.port())
                .contentType(reply.status() == 200 ? contentType : "application/json").result(reply.body());
    }

    private FundLedger local(String fundId, Integer partition) {
        try {
            FundLedger ledger = partition == null ? stores.ledgers().get(fundId) : stores.ledgers(partition).get(fundId);
            if (ledger == null) {
                throw ApiException.notFound("no fund '" + fundId + "': no event has named it");
            }
            return ledger;
        } catch (org.apache.kafka.streams.errors.InvalidStateStoreException e) {
            throw LocalStores.unavailable(StoreNames.FUND_LEDGERS, e);
        }
    }

    private void answer(Context ctx, String contentType, FundLedger ledger, Function<FundLedger, String> body) {
        HostInfo self = instances.self();
        ctx.header(ANSWERED_BY, self.host() + ":" + self.port()).contentType(contentType).result(body.apply(ledger));
    }

    private static String flow(FundLedger ledger) {
        return FundPictures.document(FundPictures.flow(announced(ledger), true));
    }

    private static String idle(FundLedger ledger) {
        return FundPictures.document(FundPictures.strip(announced(ledger)));
    }

    private static FundLedger announced(FundLedger ledger) {
        if (!ledger.known()) {
            throw ApiException.notFound("fund '" + ledger.fundId + "' is not announced yet: there is nothing to draw");
        }
        return ledger;
    }
}
