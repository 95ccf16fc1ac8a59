package io.earmark.streams.cases;

import io.earmark.schema.CaseAction;
import io.earmark.schema.CaseEvent;
import io.earmark.schema.CaseStatus;
import io.earmark.schema.FundAlert;
import io.earmark.schemas.json.JsonLines;
import java.util.List;

/**
 * The life of a case (DESIGN.md, Cases), as one function: a case and one act in, what becomes of it out. The HTTP
 * API asks it before it writes an act, and the case table asks it again for every act it reads, so the table is the
 * fold of the topic whoever wrote to it.
 * <ul>
 * <li>A case is opened once, by the pipeline (OPENED, status NEW).</li>
 * <li>An act whose caseEventId was applied before changes nothing.</li>
 * <li>A resolved case takes comments only; no case takes more than {@value #MAX_ACTS} acts.</li>
 * <li>A NEW case is triaged before a resolution can be proposed: assigning it makes it TRIAGED, or its status is
 * changed.</li>
 * <li>Four eyes: a proposed resolution (PENDING_APPROVAL) is approved or rejected by someone other than its
 * proposer; approval resolves the case, rejection returns it to the status it had. While a proposal waits, the
 * status does not change and no second proposal is made.</li>
 * </ul>
 * Roles are not checked here: an act records its actor, not their role ({@link Role}, checked by the API).
 */
public final class CaseRules {

    /**
     * The most acts one case takes: far more than any triage needs, and few enough that a case's record (with the
     * ids of its acts) stays small however a client misbehaves.
     */
    public static final int MAX_ACTS = 1_000;

    private CaseRules() {
    }

    /** {@code current} is null for an alert that has no case yet. */
    public static Decision decide(CaseFile current, CaseEvent act) {
        List<String> problems = CaseChecks.problems(act);
        if (!problems.isEmpty()) {
            return new Decision.Refused(String.join("; ", problems));
        }
        if (current != null && current.caseEventIds.contains(act.getCaseEventId())) {
            return new Decision.Repeated(current);
        }
        if (act.getAction() == CaseAction.OPENED) {
            return current == null ? new Decision.Applied(opened(act))
                    : new Decision.Refused("the case of " + act.getAlertId() + " is open already");
        }
        if (current == null) {
            return new Decision.Refused("no case for alert " + act.getAlertId());
        }
        String refusal = refusal(current, act);
        return refusal != null ? new Decision.Refused(refusal) : new Decision.Applied(applied(current, act));
    }

    private static String refusal(CaseFile c, CaseEvent act) {
        CaseAction action = act.getAction();
        if (c.actions >= MAX_ACTS) {
            return "the case holds " + MAX_ACTS + " acts, the most one case takes";
        }
        if (c.status == CaseStatus.RESOLVED && action != CaseAction.COMMENTED) {
            return "the case is resolved: it takes comments only";
        }
        boolean pending = c.status == CaseStatus.PENDING_APPROVAL;
        return switch (action) {
            case OPENED, COMMENTED -> null;
            case ASSIGNED -> act.getAssignee().equals(c.assignee) ? "the case is assigned to " + c.assignee + " already"
                    : null;
            case STATUS_CHANGED -> pending ? "a resolution awaits approval: approve or reject it first"
                    : act.getStatus() == c.status ? "the case is " + c.status + " already" : null;
            case RESOLUTION_PROPOSED -> c.status == CaseStatus.NEW ? "a NEW case cannot be resolved: triage it first"
                    : pending ? "a resolution proposed by " + c.proposedBy + " awaits approval already" : null;
            case RESOLUTION_APPROVED, RESOLUTION_REJECTED -> !pending ? "no resolution awaits approval"
                    : act.getActor().equals(c.proposedBy) ? "four eyes: " + c.proposedBy + " proposed this resolution, "
                            + "so someone else must " + (action == CaseAction.RESOLUTION_APPROVED ? "approve" : "reject")
                            + " it" : null;
        };
    }

    private static CaseFile opened(CaseEvent act) {
        FundAlert alert = act.getAlert();
        CaseFile c = new CaseFile();
        c.alertId = act.getAlertId();
        c.fundId = act.getFundId();
        c.alert = JsonLines.write(alert);
        c.rule = alert.getRule().name();
        c.severity = alert.getSeverity().name();
        c.programme = alert.getProgramme() == null ? null : alert.getProgramme().name();
        c.financialOrgId = alert.getFinancialOrgId();
        c.beneficiaryId = alert.getBeneficiaryId();
        c.amountAtRisk = alert.getAmountAtRisk();
        c.status = CaseStatus.NEW;
        c.openedAt = act.getAt().toEpochMilli();
        record(c, act);
        return c;
    }

    private static CaseFile applied(CaseFile current, CaseEvent act) {
        CaseFile c = current.copy();
        switch (act.getAction()) {
            case ASSIGNED -> {
                c.assignee = act.getAssignee();
                if (c.status == CaseStatus.NEW) {
                    c.status = CaseStatus.TRIAGED; // taking a case up is triaging it
                }
            }
            case STATUS_CHANGED -> c.status = act.getStatus();
            case RESOLUTION_PROPOSED -> {
                c.statusBeforeProposal = c.status;
                c.status = CaseStatus.PENDING_APPROVAL;
                c.proposedResolution = act.getResolution();
                c.proposedRecoveredAmount = act.getRecoveredAmount();
                c.proposedBy = act.getActor();
            }
            case RESOLUTION_APPROVED -> {
                c.status = CaseStatus.RESOLVED;
                c.resolution = c.proposedResolution;
                c.recoveredAmount = c.proposedRecoveredAmount;
                c.resolvedAt = act.getAt().toEpochMilli();
                clearProposal(c);
            }
            case RESOLUTION_REJECTED -> {
                c.status = c.statusBeforeProposal;
                clearProposal(c);
            }
            case OPENED, COMMENTED -> {
                // a comment changes nothing but the history
            }
        }
        if (c.triagedAt == null && act.getAction() != CaseAction.COMMENTED) {
            c.triagedAt = act.getAt().toEpochMilli();
        }
        record(c, act);
        return c;
    }

    private static void clearProposal(CaseFile c) {
        c.proposedResolution = null;
        c.proposedRecoveredAmount = null;
        c.proposedBy = null;
        c.statusBeforeProposal = null;
    }

    private static void record(CaseFile c, CaseEvent act) {
        c.caseEventIds.add(act.getCaseEventId());
        c.actions++;
        c.lastActionAt = Math.max(c.lastActionAt, act.getAt().toEpochMilli());
    }
}
