package io.earmark.streams.oversight;

import io.earmark.schema.CaseStatus;

/**
 * One case still open at the end of the read, as the report lists it.
 *
 * @param openedAt     the alert's detection, epoch milliseconds (event time)
 * @param lastAct      the latest act of its history, e.g. {@code COMMENTED by a.nurlanova}
 * @param lastActionAt the time of the latest act, epoch milliseconds
 */
public record OpenCase(String alertId, String fundId, String rule, String severity, String programme,
        String financialOrgId, long amountAtRisk, CaseStatus status, String assignee, long openedAt, String lastAct,
        long lastActionAt) {
}
