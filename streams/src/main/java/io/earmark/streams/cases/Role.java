package io.earmark.streams.cases;

import io.earmark.schema.CaseAction;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a person may do with cases (DESIGN.md, Cases). A viewer reads; an analyst assigns, comments, changes status
 * and proposes resolutions; a supervisor also approves or rejects them. Nobody but the pipeline opens a case.
 */
public enum Role {
    VIEWER(EnumSet.noneOf(CaseAction.class)),
    ANALYST(EnumSet.of(CaseAction.ASSIGNED, CaseAction.COMMENTED, CaseAction.STATUS_CHANGED,
            CaseAction.RESOLUTION_PROPOSED)),
    SUPERVISOR(EnumSet.of(CaseAction.ASSIGNED, CaseAction.COMMENTED, CaseAction.STATUS_CHANGED,
            CaseAction.RESOLUTION_PROPOSED, CaseAction.RESOLUTION_APPROVED, CaseAction.RESOLUTION_REJECTED));

    private final EnumSet<CaseAction> allowed;

    Role(EnumSet<CaseAction> allowed) {
        this.allowed = allowed;
    }

    public boolean may(CaseAction action) {
        return allowed.contains(action);
    }

    public Set<CaseAction> actions() {
        return EnumSet.copyOf(allowed);
    }

    /** As written in a people file: {@code viewer}, {@code analyst}, {@code supervisor} (any case). */
    public static Role parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("role must be viewer, analyst or supervisor, not '" + name + "'");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
