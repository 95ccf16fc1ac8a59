package io.earmark.streams.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.HostInfo;

/**
 * {@code GET /api/alerts} and {@code GET /api/alerts/counts}: alerts from the recent-alerts stores of every instance
 * (never by re-reading the topic). In: an {@link AlertQuery}. Out: {@code {"alerts": [...]}}, newest first, at most
 * {@code limit}, each alert with DESIGN.md's field names; or the {@link AlertCounts}. The instance asked collects
 * the part of each instance ({@code /internal/alerts}, {@code /internal/alerts/counts}) and merges them.
 */
final class AlertsEndpoint {

    private final Instances instances;
    private final LocalAlerts local;
    private final Peers peers;

    AlertsEndpoint(Instances instances, LocalAlerts local, Peers peers) {
        this.instances = instances;
        this.local = local;
        this.peers = peers;
    }

    void list(Context ctx) {
        AlertQuery query = AlertQuery.from(ctx::queryParam);
        List<AlertEntry> all = new ArrayList<>();
        for (HostInfo host : instances.holdingAny(local.stores())) {
            if (instances.isSelf(host)) {
                all.addAll(local.newest(query));
            } else {
                for (JsonNode alert : Json.parse(peers.ok(host, "/internal/alerts" + query.toQueryString()))
                        .get("alerts")) {
                    all.add(AlertEntry.of(alert));
                }
            }
        }
        all.sort(AlertEntry.NEWEST_FIRST);
        json(ctx, all.subList(0, Math.min(all.size(), query.limit())));
    }

    void listLocal(Context ctx) {
        json(ctx, local.newest(AlertQuery.from(ctx::queryParam)));
    }

    void counts(Context ctx) {
        AlertCounts total = AlertCounts.none();
        for (HostInfo host : instances.holdingAny(local.stores())) {
            total = total.plus(instances.isSelf(host) ? local.counts()
                    : Json.read(peers.ok(host, "/internal/alerts/counts"), AlertCounts.class));
        }
        ctx.contentType("application/json").result(Json.write(total));
    }

    void countsLocal(Context ctx) {
        ctx.contentType("application/json").result(Json.write(local.counts()));
    }

    private static void json(Context ctx, List<AlertEntry> alerts) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode list = body.putArray("alerts");
        alerts.forEach(a -> list.add(a.json()));
        ctx.contentType("application/json").result(body.toString());
    }
}
