package io.earmark.streams.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.earmark.schema.CaseAction;
import io.earmark.streams.cases.CaseFile;
import io.earmark.streams.cases.Person;
import io.earmark.streams.state.StoreNames;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The cases (DESIGN.md, Cases). {@code GET /api/cases}: the matching cases of every instance's table, oldest first;
 * {@code GET /api/cases/{alertId}}: one case with its alert and history, from the instance that owns it;
 * {@code POST /api/cases/{alertId}/actions}: a person's act, carried out by that instance ({@link CaseDesk});
 * {@code GET /api/me}: who the bearer token names. An instance that does not own the case forwards to the owner's
 * {@code /internal/cases/...} (a POST with the caller's own credentials) and passes the answer on. The order of
 * checks for an act: 401 no or unknown token, 400 bad body, 403 role too low for the action, 404 no such case,
 * 409 illegal in the case's state.
 */
final class CasesEndpoint {

    /** As {@link LocalCases#OLDEST_FIRST}, on the JSON: instants compared as instants, not as text. */
    private static final Comparator<JsonNode> OLDEST_FIRST = Comparator
            .<JsonNode, Instant>comparing(c -> Instant.parse(c.get("openedAt").asText()))
            .thenComparing(c -> c.get("alertId").asText());

    private final Instances instances;
    private final LocalCases local;
    private final CaseDesk desk;
    private final People people;
    private final Peers peers;

    CasesEndpoint(Instances instances, LocalCases local, CaseDesk desk, People people, Peers peers) {
        this.instances = instances;
        this.local = local;
        this.desk = desk;
        this.people = people;
        this.peers = peers;
    }

    void list(Context ctx) {
        CaseQuery query = CaseQuery.from(ctx::queryParam);
        List<JsonNode> all = new ArrayList<>();
        for (HostInfo host : instances.holding(StoreNames.CASES)) {
            if (instances.isSelf(host)) {
                local.matching(query).forEach(c -> all.add(CaseJson.summary(c)));
            } else {
                Json.parse(peers.ok(host, "/internal/cases" + query.toQueryString())).get("cases").forEach(all::add);
            }
        }
        all.sort(OLDEST_FIRST);
        json(ctx, CaseJson.list(all.subList(0, Math.min(all.size(), query.limit()))));
    }

    void listLocal(Context ctx) {
        List<JsonNode> cases = new ArrayList<>();
        for (CaseFile c : local.matching(CaseQuery.from(ctx::queryParam))) {
            cases.add(CaseJson.summary(c));
        }
        json(ctx, CaseJson.list(cases));
    }

    void get(Context ctx) {
        String alertId = ctx.pathParam("alertId");
        KeyQueryMetadata owner = instances.ownerOf(StoreNames.CASES, alertId);
        if (instances.isSelf(owner.activeHost())) {
            json(ctx, local.view(alertId, owner.partition()));
            return;
        }
        relay(ctx, owner.activeHost(), peers.get(owner.activeHost(), internalPath(alertId)));
    }

    void getLocal(Context ctx) {
        json(ctx, local.view(ctx.pathParam("alertId"), null));
    }

    void act(Context ctx) {
        carryOut(ctx, false);
    }

    /** What another instance forwards here: this instance must own the case now, or the caller is asked to retry. */
    void actLocal(Context ctx) {
        carryOut(ctx, true);
    }

    private void carryOut(Context ctx, boolean forwarded) {
        String alertId = ctx.pathParam("alertId");
        Person person = people.require(ctx.header("Authorization"));
        CaseRequest request = CaseRequest.parse(ctx.body());
        permit(person, request.action());
        KeyQueryMetadata owner = instances.ownerOf(StoreNames.CASES, alertId);
        if (instances.isSelf(owner.activeHost())) {
            json(ctx, desk.act(alertId, owner.partition(), person, request));
        } else if (forwarded) {
            throw ApiException.unavailable("the case of '" + alertId + "' moved to another instance; try again");
        } else {
            relay(ctx, owner.activeHost(), peers.post(owner.activeHost(), internalPath(alertId) + "/actions",
                    ctx.body(), ctx.header("Authorization")));
        }
    }

    void me(Context ctx) {
        Person person = people.require(ctx.header("Authorization"));
        var json = Json.MAPPER.createObjectNode();
        json.put("person", person.name());
        json.put("role", person.role().label());
        var actions = json.putArray("actions");
        person.role().actions().forEach(a -> actions.add(a.name()));
        json(ctx, json.toString());
    }

    private static void permit(Person person, CaseAction action) {
        if (!person.role().may(action)) {
            throw ApiException.forbidden(person.name() + " is a " + person.role().label() + ": " + action
                    + " needs " + (action == CaseAction.RESOLUTION_APPROVED || action == CaseAction.RESOLUTION_REJECTED
                    ? "a supervisor" : "an analyst or a supervisor"));
        }
    }

    private static String internalPath(String alertId) {
        return "/internal/cases/" + URLEncoder.encode(alertId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void relay(Context ctx, HostInfo host, Peers.Reply reply) {
        ctx.status(reply.status()).header(FundsEndpoint.ANSWERED_BY, host.host() + ":" + host.port())
                .contentType("application/json").result(reply.body());
    }

    private static void json(Context ctx, String body) {
        ctx.contentType("application/json").result(body);
    }
}
