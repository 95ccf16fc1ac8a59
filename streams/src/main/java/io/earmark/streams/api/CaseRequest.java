package io.earmark.streams.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.earmark.schema.CaseAction;
import io.earmark.schema.CaseEvent;
import io.earmark.schema.CaseResolution;
import io.earmark.schema.CaseStatus;
import io.earmark.streams.cases.CaseChecks;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /api/cases/{alertId}/actions}: {@code {"caseEventId", "action", "status"?, "resolution"?,
 * "recoveredAmount"?, "assignee"?, "note"?}}. In: the raw body. Out: the request, or a 400 naming what is wrong
 * (not JSON, an unknown field, a value of the wrong type, OPENED, a field the action does not take, and what
 * {@link CaseChecks} finds once the act is built).
 */
record CaseRequest(String caseEventId, CaseAction action, CaseStatus status, CaseResolution resolution,
                   Long recoveredAmount, String assignee, String note) {

    private static final Set<String> FIELDS = Set.of("caseEventId", "action", "status", "resolution",
            "recoveredAmount", "assignee", "note");

    static CaseRequest parse(String body) {
        JsonNode json;
        try {
            json = Json.parse(body == null ? "" : body);
        } catch (RuntimeException e) {
            throw ApiException.badRequest("the body must be a JSON object: " + e.getMessage());
        }
        if (json == null || !json.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiException.badRequest("unknown field '" + name + "'; a case action has " + FIELDS);
            }
        }
        CaseAction action = QueryParams.enumOf(CaseAction.class, "action", text(json, "action"));
        if (action == null) {
            throw ApiException.badRequest("'action' is required");
        }
        if (action == CaseAction.OPENED) {
            throw ApiException.badRequest("OPENED is the pipeline's: a case opens with its alert");
        }
        CaseRequest request = new CaseRequest(text(json, "caseEventId"), action,
                QueryParams.enumOf(CaseStatus.class, "status", text(json, "status")),
                QueryParams.enumOf(CaseResolution.class, "resolution", text(json, "resolution")),
                whole(json, "recoveredAmount"), text(json, "assignee"), text(json, "note"));
        if (request.status != null && action != CaseAction.STATUS_CHANGED) {
            throw ApiException.badRequest("'status' goes with STATUS_CHANGED only");
        }
        if (request.resolution != null && action != CaseAction.RESOLUTION_PROPOSED) {
            throw ApiException.badRequest("'resolution' goes with RESOLUTION_PROPOSED only");
        }
        if (request.assignee != null && action != CaseAction.ASSIGNED) {
            throw ApiException.badRequest("'assignee' goes with ASSIGNED only");
        }
        return request;
    }

    /** The act this request asks for, by {@code actor} at {@code at}, carrying {@code status} as the case's next. */
    CaseEvent toAct(String alertId, String fundId, String actor, Instant at) {
        CaseEvent act = CaseEvent.newBuilder()
                .setCaseEventId(caseEventId == null ? "" : caseEventId)
                .setAlertId(alertId)
                .setFundId(fundId)
                .setAction(action)
                .setStatus(status)
                .setResolution(resolution)
                .setRecoveredAmount(recoveredAmount)
                .setAssignee(assignee)
                .setActor(actor)
                .setNote(note)
                .setAt(at)
                .build();
        List<String> problems = CaseChecks.problems(act);
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(String.join("; ", problems));
        }
        return act;
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.badRequest("'" + field + "' must be a string");
        }
        return value.asText();
    }

    private static Long whole(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw ApiException.badRequest("'" + field + "' must be a whole number of tiyn");
        }
        return value.asLong();
    }
}
