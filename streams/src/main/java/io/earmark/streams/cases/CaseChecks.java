package io.earmark.streams.cases;

import io.earmark.schema.CaseAction;
import io.earmark.schema.CaseEvent;
import io.earmark.schema.CaseResolution;
import io.earmark.schema.CaseStatus;
import io.earmark.schemas.validation.Bounds;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether one act is well formed on its own, before any case is looked at: the fields its action needs are there,
 * the ones it may not carry are absent, and every value is within its bound. In: a {@link CaseEvent}. Out: one line
 * per problem (the HTTP API answers them as a 400; the case table refuses such an event).
 */
public final class CaseChecks {
    public static final int MAX_NOTE_LENGTH = 4_000;
    /** alertIds join a rule, a fundId and a trigger, each bounded; 1,024 characters hold any of them. */
    public static final int MAX_KEY_LENGTH = 1_024;
    /**
     * A person's caseEventId (OPENED's is derived from the alertId): short, because a case keeps every id it has
     * applied to tell a retry from a new act.
     */
    public static final int MAX_CASE_EVENT_ID_LENGTH = Bounds.MAX_ID_LENGTH;

    private CaseChecks() {
    }

    public static List<String> problems(CaseEvent event) {
        List<String> problems = new ArrayList<>();
        id(problems, "caseEventId", event.getCaseEventId(), event.getAction() == CaseAction.OPENED
                ? MAX_KEY_LENGTH + CaseOpening.caseEventId("").length() : MAX_CASE_EVENT_ID_LENGTH);
        id(problems, "alertId", event.getAlertId(), MAX_KEY_LENGTH);
        id(problems, "actor", event.getActor(), Bounds.MAX_ID_LENGTH);
        if (event.getAssignee() != null) {
            id(problems, "assignee", event.getAssignee(), Bounds.MAX_ID_LENGTH);
        }
        if (event.getNote() != null && event.getNote().length() > MAX_NOTE_LENGTH) {
            problems.add("'note' may hold at most " + MAX_NOTE_LENGTH + " characters, not " + event.getNote().length());
        }
        CaseAction action = event.getAction();
        switch (action) {
            case OPENED -> {
                if (event.getAlert() == null) {
                    problems.add("OPENED carries the alert");
                }
            }
            case ASSIGNED -> require(problems, action, "assignee", event.getAssignee());
            case COMMENTED -> {
                if (event.getNote() == null || event.getNote().isBlank()) {
                    problems.add("COMMENTED needs a 'note'");
                }
            }
            case STATUS_CHANGED -> {
                require(problems, action, "status", event.getStatus());
                if (event.getStatus() == CaseStatus.NEW || event.getStatus() == CaseStatus.PENDING_APPROVAL
                        || event.getStatus() == CaseStatus.RESOLVED) {
                    problems.add("STATUS_CHANGED may set TRIAGED, INVESTIGATING or ESCALATED, not "
                            + event.getStatus() + " (a case leaves NEW for good, and is resolved by "
                            + "RESOLUTION_PROPOSED and RESOLUTION_APPROVED)");
                }
            }
            case RESOLUTION_PROPOSED -> {
                require(problems, action, "resolution", event.getResolution());
                boolean recovered = event.getResolution() == CaseResolution.FUNDS_RECOVERED;
                Long amount = event.getRecoveredAmount();
                if (recovered && amount == null) {
                    problems.add("FUNDS_RECOVERED needs a 'recoveredAmount' (tiyn)");
                } else if (!recovered && amount != null) {
                    problems.add("'recoveredAmount' goes with the resolution FUNDS_RECOVERED only");
                } else if (amount != null && (amount <= 0 || amount > Bounds.MAX_MONEY)) {
                    problems.add("'recoveredAmount' must be from 1 to " + Bounds.MAX_MONEY + " tiyn, not " + amount);
                }
            }
            case RESOLUTION_APPROVED, RESOLUTION_REJECTED -> {
                // the proposal carries the resolution; an approval or rejection needs nothing of its own
            }
        }
        return problems;
    }

    private static void id(List<String> problems, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add("'" + field + "' is required");
        } else if (value.length() > maxLength) {
            problems.add("'" + field + "' may hold at most " + maxLength + " characters");
        }
    }

    private static void require(List<String> problems, CaseAction action, String field, Object value) {
        if (value == null) {
            problems.add(action + " needs '" + field + "'");
        }
    }
}
