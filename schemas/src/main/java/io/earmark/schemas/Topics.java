package io.earmark.schemas;

/** The topic names of DESIGN.md's contract. Partition counts and cleanup policies live in deploy's topics definition. */
public final class Topics {
    public static final String FUNDS = "earmark.funds.v1";
    public static final String MOVEMENTS = "earmark.movements.v1";
    public static final String ASSETS = "earmark.assets.v1";
    public static final String ALERTS = "earmark.alerts.v1";
    public static final String FUND_STATUS = "earmark.fund-status.v1";
    public static final String DEADLETTER = "earmark.deadletter.v1";
    /** The cases: key alertId, value CaseEvent; the system of record of triage and its audit trail. */
    public static final String CASES = "earmark.cases.v1";

    private Topics() {
    }
}
