package io.earmark.streams.cases;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.earmark.schema.CaseResolution;
import io.earmark.schema.CaseStatus;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The current state of one alert's case: what {@link CaseRules} makes of its {@code CaseEvent}s so far, stored per
 * alertId in {@code cases}. Plain data. The alert's own fields are copied from the OPENED event so that the inbox can
 * filter without reading the alert. Times in epoch milliseconds: {@code openedAt} is the alert's detection (event
 * time), every other time that of a person's act.
 */
public final class CaseFile {
    public String alertId;
    public String fundId;
    /** The alert, as a JSON line (DESIGN.md field names). */
    public String alert;
    public String rule;
    public String severity;
    public String programme;
    public String financialOrgId;
    public String beneficiaryId;
    public long amountAtRisk;

    public CaseStatus status;
    public CaseResolution resolution;
    public Long recoveredAmount;
    public String assignee;

    /** The resolution awaiting a second person's approval (status PENDING_APPROVAL), and who proposed it. */
    public CaseResolution proposedResolution;
    public Long proposedRecoveredAmount;
    public String proposedBy;
    /** The status the case goes back to when the proposal is rejected. */
    public CaseStatus statusBeforeProposal;

    public long openedAt;
    /** The first act of a person other than a comment: assignment, status change or proposal. */
    public Long triagedAt;
    public Long resolvedAt;
    public long lastActionAt;
    /** The acts applied, OPENED included: the length of the case's history. */
    public int actions;
    @JsonDeserialize(as = LinkedHashSet.class)
    public Set<String> caseEventIds = new LinkedHashSet<>();

    public CaseFile copy() {
        CaseFile c = new CaseFile();
        c.alertId = alertId;
        c.fundId = fundId;
        c.alert = alert;
        c.rule = rule;
        c.severity = severity;
        c.programme = programme;
        c.financialOrgId = financialOrgId;
        c.beneficiaryId = beneficiaryId;
        c.amountAtRisk = amountAtRisk;
        c.status = status;
        c.resolution = resolution;
        c.recoveredAmount = recoveredAmount;
        c.assignee = assignee;
        c.proposedResolution = proposedResolution;
        c.proposedRecoveredAmount = proposedRecoveredAmount;
        c.proposedBy = proposedBy;
        c.statusBeforeProposal = statusBeforeProposal;
        c.openedAt = openedAt;
        c.triagedAt = triagedAt;
        c.resolvedAt = resolvedAt;
        c.lastActionAt = lastActionAt;
        c.actions = actions;
        c.caseEventIds = new LinkedHashSet<>(caseEventIds);
        return c;
    }

    public boolean open() {
        return status != CaseStatus.RESOLVED;
    }
}
