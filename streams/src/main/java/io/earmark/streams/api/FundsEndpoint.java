package io.earmark.streams.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.earmark.streams.picture.FundPictures;
import io.earmark.streams.state.FundLedger;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * {@code GET /api/funds/{fundId}}: the fund's status and journey from the instance that owns the fund's ledger (found
 * by {@link FundLocator}); and
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
    private final FundLocator locator;
    private final FundView view;

    FundsEndpoint(Instances instances, LocalStores stores, Peers peers, FundView view) {
        this.instances = instances;
        this.stores = stores;
        this.peers = peers;
        this.locator = new FundLocator(instances, stores, peers);
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

    /** The beneficiary-keyed core's directory entry of a fund, from this instance: {"beneficiaryId": id or null}. */
    void directoryLocal(Context ctx) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("beneficiaryId", locator.localBeneficiaryOf(ctx.pathParam("fundId"), null));
        ctx.contentType("application/json").result(body.toString());
    }

    private void fromOwner(Context ctx, String suffix, String contentType, Function<FundLedger, String> body) {
        String fundId = ctx.pathParam("fundId");
        FundLocator.Location owner = locator.locate(fundId);
        if (instances.isSelf(owner.host())) {
            answer(ctx, contentType, local(fundId, owner), body);
            return;
        }
        HostInfo host = owner.host();
        Peers.Reply reply = peers.get(host, "/internal/funds/" + FundLocator.pathSegment(fundId) + suffix);
        ctx.status(reply.status()).header(ANSWERED_BY, host.host() + ":" + host.port())
                .contentType(reply.status() == 200 ? contentType : "application/json").result(reply.body());
    }

    /** The fund's ledger from this instance: where {@code at} says, or (null) in any local partition of its stores. */
    private FundLedger local(String fundId, FundLocator.Location at) {
        List<String> names = at == null ? stores.ledgerStores() : List.of(at.store());
        for (String name : names) {
            try {
                FundLedger ledger = at == null ? stores.ledgers(name).get(fundId)
                        : stores.ledgers(name, at.partition()).get(fundId);
                if (ledger != null) {
                    return ledger;
                }
            } catch (InvalidStateStoreException e) {
                throw LocalStores.unavailable(name, e);
            }
        }
        throw ApiException.notFound("no fund '" + fundId + "': no event has named it");
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
