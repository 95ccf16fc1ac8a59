package io.earmark.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo's simulated colleagues: they triage part of the alerts through the pipeline's own HTTP API, so the inbox
 * and the commission's report have content, and leave the rest to whoever signs in. Each case gets a course drawn
 * from the seed and its alertId (the same in every run of a seed): about a third stay NEW, a fifth are taken up and
 * investigated, a sixth wait with a proposed resolution for a supervisor's approval, and the rest are resolved (the
 * simulated supervisor approves the simulated analyst's proposal). Every {@link #pass()} moves each case one step
 * along its course; the steps carry caseEventIds derived from the alertId, so a step is never applied twice. A case
 * someone else has acted on is left to them (the API answers 409, or the case is no longer where the course left
 * it).
 */
public final class DemoTriage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String analystToken;
    private final String supervisorToken;
    private final long seed;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Map<String, Integer> stepsDone = new HashMap<>();
    private final Set<String> handsOff = new HashSet<>();

    public DemoTriage(String baseUrl, DemoPeople people, long seed) {
        this.baseUrl = baseUrl;
        this.analystToken = people.named(DemoPeople.SIMULATED_ANALYST).token();
        this.supervisorToken = people.named(DemoPeople.SIMULATED_SUPERVISOR).token();
        this.seed = seed;
    }

    /** One round: each case not yet at the end of its course takes its next step. Returns the acts written. */
    public int pass() throws IOException, InterruptedException {
        HttpResponse<String> list = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/cases?limit=1000")).GET(),
                null);
        if (list.statusCode() != 200) {
            return 0;
        }
        int written = 0;
        for (JsonNode c : JSON.readTree(list.body()).get("cases")) {
            String alertId = c.get("alertId").asText();
            List<ObjectNode> course = course(alertId, c.get("rule").asText(), c.get("amountAtRisk").asLong());
            int done = stepsDone.getOrDefault(alertId, 0);
            if (handsOff.contains(alertId) || done >= course.size()) {
                continue;
            }
            if (c.get("actions").asInt() != done + 1) {
                handsOff.add(alertId); // a person acted on it: theirs now
                continue;
            }
            ObjectNode step = course.get(done);
            String token = step.get("action").asText().startsWith("RESOLUTION_APPROVED") ? supervisorToken
                    : analystToken;
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/cases/"
                    + URLEncoder.encode(alertId, StandardCharsets.UTF_8).replace("+", "%20") + "/actions"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(step.toString())), token);
            if (answer.statusCode() == 200) {
                stepsDone.put(alertId, done + 1);
                written++;
            } else if (answer.statusCode() == 409 || answer.statusCode() == 400) {
                handsOff.add(alertId);
            }
        }
        return written;
    }

    /** The steps this case will take; the draw depends only on the seed and the alertId. */
    List<ObjectNode> course(String alertId, String rule, long amountAtRisk) {
        double draw = new Random(seed * 1_000_003L + alertId.hashCode()).nextDouble();
        List<ObjectNode> steps = new ArrayList<>();
        if (draw < 0.35) {
            return steps;
        }
        steps.add(step(alertId, 1, "ASSIGNED").put("assignee", DemoPeople.SIMULATED_ANALYST));
        steps.add(step(alertId, 2, "STATUS_CHANGED").put("status", "INVESTIGATING"));
        if (draw < 0.55) {
            return steps;
        }
        steps.add(step(alertId, 3, "COMMENTED").put("note", "Asked the financial organisation for the payment orders."));
        ObjectNode proposal = step(alertId, 4, "RESOLUTION_PROPOSED");
        if (rule.equals("IDLE_FUNDS") || rule.equals("CASH_WITHDRAWAL")) {
            proposal.put("resolution", "FUNDS_RECOVERED").put("recoveredAmount", Math.max(1, amountAtRisk / 2));
        } else if (rule.equals("DUPLICATE_ASSET")) {
            proposal.put("resolution", "DUPLICATE");
        } else if (draw < 0.62) {
            proposal.put("resolution", "FALSE_POSITIVE");
        } else {
            proposal.put("resolution", "CONFIRMED_VIOLATION");
        }
        steps.add(proposal);
        if (draw < 0.70) {
            return steps;
        }
        steps.add(step(alertId, 5, "RESOLUTION_APPROVED").put("note", "Approved after review of the evidence."));
        return steps;
    }

    private static ObjectNode step(String alertId, int n, String action) {
        ObjectNode json = JSON.createObjectNode();
        json.put("caseEventId", "demo-triage:" + n + ":" + alertId);
        json.put("action", action);
        return json;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token)
            throws IOException, InterruptedException {
        request.timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
