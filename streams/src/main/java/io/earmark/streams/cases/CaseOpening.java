package io.earmark.streams.cases;

import io.earmark.schema.CaseAction;
import io.earmark.schema.CaseEvent;
import io.earmark.schema.CaseStatus;
import io.earmark.schema.FundAlert;

/**
 * The act that opens an alert's case, written by the pipeline with the alert, in its transaction. A pure function of
 * the alert: its caseEventId is derived from the alertId (so a second opening of the same alert is a repeat that
 * changes nothing), its actor is {@value #ACTOR} and its time the alert's detection time.
 */
public final class CaseOpening {
    public static final String ACTOR = "earmark";

    private CaseOpening() {
    }

    public static CaseEvent of(FundAlert alert) {
        return CaseEvent.newBuilder()
                .setCaseEventId(caseEventId(alert.getAlertId()))
                .setAlertId(alert.getAlertId())
                .setFundId(alert.getFundId())
                .setAction(CaseAction.OPENED)
                .setStatus(CaseStatus.NEW)
                .setActor(ACTOR)
                .setAt(alert.getDetectedAt())
                .setAlert(alert)
                .build();
    }

    public static String caseEventId(String alertId) {
        return "opened:" + alertId;
    }
}
