package io.earmark.streams.api;

import io.earmark.streams.network.Network;
import io.earmark.streams.network.NetworkPart;
import io.earmark.streams.picture.FundPictures;
import io.earmark.streams.picture.NetworkSvg;
import io.earmark.streams.state.StoreNames;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.streams.state.HostInfo;

/**
 * {@code GET /api/parties/{partyId}/network?depth=1|2} (JSON, a {@link Network}) and {@code .../network.svg} (the
 * same, drawn): the funds and parties linked to a party by money, one or two steps out. Each step asks every instance
 * holding fund or pair ledgers for its part about the parties reached so far ({@code /internal/parties/links?id=...})
 * and merges the parts; the second step starts from the first step's parties (at most
 * {@link Network#MAX_FRONTIER}). Depth defaults to 1; anything but 1 or 2 is a 400.
 */
final class PartiesEndpoint {

    private final Instances instances;
    private final LocalNetwork local;
    private final Peers peers;

    PartiesEndpoint(Instances instances, LocalNetwork local, Peers peers) {
        this.instances = instances;
        this.local = local;
        this.peers = peers;
    }

    void network(Context ctx) {
        ctx.contentType("application/json").result(Json.write(gather(ctx)));
    }

    void networkSvg(Context ctx) {
        ctx.contentType("image/svg+xml; charset=utf-8").result(FundPictures.document(
                new NetworkSvg(gather(ctx)).render()));
    }

    void linksLocal(Context ctx) {
        ctx.contentType("application/json").result(Json.write(local.part(new LinkedHashSet<>(ctx.queryParams("id")))));
    }

    private Network gather(Context ctx) {
        String partyId = ctx.pathParam("partyId");
        int depth = depth(ctx.queryParam("depth"));
        Set<String> known = new LinkedHashSet<>(List.of(partyId));
        List<NetworkPart> steps = new ArrayList<>();
        List<String> ask = List.of(partyId);
        boolean truncated = false;
        while (steps.size() < depth && !ask.isEmpty()) {
            NetworkPart step = ask(ask);
            steps.add(step);
            List<String> next = Network.frontier(step, known);
            known.addAll(next);
            if (steps.size() < depth && next.size() > Network.MAX_FRONTIER) {
                truncated = true;
                next = next.subList(0, Network.MAX_FRONTIER);
            }
            ask = next;
        }
        return Network.of(partyId, steps, truncated);
    }

    private NetworkPart ask(List<String> parties) {
        Set<HostInfo> hosts = new LinkedHashSet<>(instances.holding(StoreNames.FUND_LEDGERS));
        hosts.addAll(instances.holding(StoreNames.PAIR_LEDGERS));
        String query = parties.stream().map(p -> "id=" + URLEncoder.encode(p, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "/internal/parties/links?", ""));
        List<NetworkPart> parts = new ArrayList<>();
        for (HostInfo host : hosts) {
            parts.add(instances.isSelf(host) ? local.part(new LinkedHashSet<>(parties))
                    : Json.read(peers.ok(host, query), NetworkPart.class));
        }
        return NetworkPart.merge(parts);
    }

    private static int depth(String value) {
        if (value == null || value.equals("1")) {
            return 1;
        }
        if (value.equals("2")) {
            return 2;
        }
        throw ApiException.badRequest("depth must be 1 or 2, not '" + value + "'");
    }
}
