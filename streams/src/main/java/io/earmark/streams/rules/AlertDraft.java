package io.earmark.streams.rules;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Severity;
import io.earmark.streams.model.EvidenceRef;
import java.util.List;

/**
 * A rule's decision before it becomes a {@code FundAlert}: what fired, how bad, how much money, and the trigger
 * (an event id or a deadline) that makes the alert id deterministic.
 */
public record AlertDraft(
        AlertRule rule,
        Severity severity,
        long amountAtRisk,
        String counterpartyId,
        long detectedAt,
        String trigger,
        String message,
        List<EvidenceRef> evidence) {
}
