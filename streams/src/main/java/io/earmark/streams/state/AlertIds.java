package io.earmark.streams.state;

import io.earmark.schema.AlertRule;

/**
 * Alert ids are a pure function of (rule, fund, trigger), so a replay or a redelivery yields the same id. The trigger
 * is the triggering event's id, or the deadline as an ISO-8601 instant for deadline rules.
 */
public final class AlertIds {

    private AlertIds() {
    }

    public static String of(AlertRule rule, String fundId, String trigger) {
        return rule.name() + ":" + fundId + ":" + trigger;
    }
}
