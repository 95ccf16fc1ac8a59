package io.earmark.producers.simulate;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Severity;

import java.time.Instant;

/**
 * One alert the pipeline must raise for an injected violation. The ground-truth file carries rule, fundId and
 * amountAtRisk; severity and detectedAt are kept for tests and ordering.
 */
public record ExpectedAlert(AlertRule rule, String fundId, long amountAtRisk, Severity severity, Instant detectedAt) {

    /** The ground-truth line: {@code {"rule":"IDLE_FUNDS","fundId":"AA-2024-100001","amountAtRisk":500000000}}. */
    public String toJsonLine() {
        return "{\"rule\":\"" + rule.name() + "\",\"fundId\":\"" + escape(fundId) + "\",\"amountAtRisk\":"
                + amountAtRisk + "}";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
