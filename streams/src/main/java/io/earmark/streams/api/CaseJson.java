package io.earmark.streams.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.earmark.streams.cases.CaseFile;
import java.time.Instant;
import java.util.List;

/**
 * The case endpoints' JSON. A case: its alert's filter fields, its state and its times (ISO-8601; absent fields
 * omitted). A case view: {@code {"alert", "case", "history"}}, the history oldest first.
 */
final class CaseJson {

    private CaseJson() {
    }

    static ObjectNode summary(CaseFile c) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("alertId", c.alertId);
        json.put("fundId", c.fundId);
        json.put("rule", c.rule);
        json.put("severity", c.severity);
        putIf(json, "programme", c.programme);
        putIf(json, "financialOrgId", c.financialOrgId);
        putIf(json, "beneficiaryId", c.beneficiaryId);
        json.put("amountAtRisk", c.amountAtRisk);
        json.put("status", c.status.name());
        putIf(json, "resolution", c.resolution == null ? null : c.resolution.name());
        if (c.recoveredAmount != null) {
            json.put("recoveredAmount", c.recoveredAmount);
        }
        putIf(json, "assignee", c.assignee);
        putIf(json, "proposedResolution", c.proposedResolution == null ? null : c.proposedResolution.name());
        if (c.proposedRecoveredAmount != null) {
            json.put("proposedRecoveredAmount", c.proposedRecoveredAmount);
        }
        putIf(json, "proposedBy", c.proposedBy);
        json.put("openedAt", Instant.ofEpochMilli(c.openedAt).toString());
        putIf(json, "triagedAt", c.triagedAt == null ? null : Instant.ofEpochMilli(c.triagedAt).toString());
        putIf(json, "resolvedAt", c.resolvedAt == null ? null : Instant.ofEpochMilli(c.resolvedAt).toString());
        json.put("lastActionAt", Instant.ofEpochMilli(c.lastActionAt).toString());
        json.put("actions", c.actions);
        return json;
    }

    /** {@code history}: the acts as JSON lines, oldest first. */
    static String view(CaseFile c, List<String> history) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.set("alert", Json.parse(c.alert));
        json.set("case", summary(c));
        ArrayNode acts = json.putArray("history");
        history.forEach(line -> acts.add(Json.parse(line)));
        return json.toString();
    }

    static String list(List<JsonNode> cases) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.putArray("cases").addAll(cases);
        return json.toString();
    }

    private static void putIf(ObjectNode json, String field, String value) {
        if (value != null) {
            json.put(field, value);
        }
    }
}
