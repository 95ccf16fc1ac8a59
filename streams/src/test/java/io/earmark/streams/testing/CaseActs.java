package io.earmark.streams.testing;

import io.earmark.schema.AlertRule;
import io.earmark.schema.CaseAction;
import io.earmark.schema.CaseEvent;
import io.earmark.schema.CaseResolution;
import io.earmark.schema.CaseStatus;
import io.earmark.schema.FundAlert;
import io.earmark.schema.Programme;
import io.earmark.schema.Severity;
import io.earmark.streams.cases.CaseOpening;
import java.time.Instant;
import java.util.List;

/**
 * Case events for tests, built in code: the pipeline's OPENED for an alert, and the acts people take on it. Each
 * act's caseEventId is {@code alertId/action/at}, unique as long as one case sees one act of a kind at a time.
 */
public final class CaseActs {

    private CaseActs() {
    }

    /** An alert as the pipeline raises it; the fund id is {@code F-<alertId>}. */
    public static FundAlert alert(String alertId, AlertRule rule, Severity severity, Programme programme,
            String financialOrgId, long amountAtRisk, Instant detectedAt) {
        return FundAlert.newBuilder().setAlertId(alertId).setRule(rule).setRuleVersion("v1").setSeverity(severity)
                .setFundId("F-" + alertId).setProgramme(programme)
                .setBeneficiaryId(programme == null ? null : "850312300403")
                .setFinancialOrgId(financialOrgId).setAmountAtRisk(amountAtRisk).setDetectedAt(detectedAt)
                .setMessage(rule + " on F-" + alertId).setEvidence(List.of()).build();
    }

    public static CaseEvent opened(FundAlert alert) {
        return CaseOpening.of(alert);
    }

    public static CaseEvent assigned(String alertId, String actor, String assignee, Instant at) {
        return act(alertId, CaseAction.ASSIGNED, actor, at).setAssignee(assignee).build();
    }

    public static CaseEvent status(String alertId, String actor, CaseStatus status, Instant at) {
        return act(alertId, CaseAction.STATUS_CHANGED, actor, at).setStatus(status).build();
    }

    public static CaseEvent commented(String alertId, String actor, String note, Instant at) {
        return act(alertId, CaseAction.COMMENTED, actor, at).setNote(note).build();
    }

    public static CaseEvent proposed(String alertId, String actor, CaseResolution resolution, Long recoveredAmount,
            Instant at) {
        return act(alertId, CaseAction.RESOLUTION_PROPOSED, actor, at).setStatus(CaseStatus.PENDING_APPROVAL)
                .setResolution(resolution).setRecoveredAmount(recoveredAmount).build();
    }

    public static CaseEvent approved(String alertId, String actor, Instant at) {
        return act(alertId, CaseAction.RESOLUTION_APPROVED, actor, at).setStatus(CaseStatus.RESOLVED).build();
    }

    public static CaseEvent rejected(String alertId, String actor, Instant at) {
        return act(alertId, CaseAction.RESOLUTION_REJECTED, actor, at).build();
    }

    /**
     * Triage (status TRIAGED), an analyst's proposal a minute later and a supervisor's approval: the case is RESOLVED
     * at {@code approvedAt}.
     */
    public static List<CaseEvent> resolved(String alertId, Instant triagedAt, CaseResolution resolution,
            Long recoveredAmount, Instant approvedAt) {
        return List.of(status(alertId, "a.nurlanova", CaseStatus.TRIAGED, triagedAt),
                proposed(alertId, "a.nurlanova", resolution, recoveredAmount, triagedAt.plusSeconds(60)),
                approved(alertId, "b.seitkali", approvedAt));
    }

    private static CaseEvent.Builder act(String alertId, CaseAction action, String actor, Instant at) {
        return CaseEvent.newBuilder().setCaseEventId(alertId + "/" + action + "/" + at.toEpochMilli())
                .setAlertId(alertId).setFundId("F-" + alertId).setAction(action).setActor(actor).setAt(at);
    }
}
