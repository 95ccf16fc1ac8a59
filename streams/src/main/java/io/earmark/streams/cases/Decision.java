package io.earmark.streams.cases;

/** What {@link CaseRules} makes of one act on a case. */
public sealed interface Decision {

    /** The act is legal: {@code next} is the case once it is applied (a new object; the old one is unchanged). */
    record Applied(CaseFile next) implements Decision {
    }

    /** An act with this caseEventId was applied before: nothing changes (a retried request). */
    record Repeated(CaseFile current) implements Decision {
    }

    /** The act is illegal in the case's state; nothing is written. */
    record Refused(String reason) implements Decision {
    }
}
