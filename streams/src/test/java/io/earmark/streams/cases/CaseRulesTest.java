package io.earmark.streams.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.AlertRule;
import io.earmark.schema.CaseAction;
import io.earmark.schema.CaseEvent;
import io.earmark.schema.CaseResolution;
import io.earmark.schema.CaseStatus;
import io.earmark.schema.FundAlert;
import io.earmark.schema.Programme;
import io.earmark.schema.Severity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The life of a case, one rule of DESIGN.md's "Cases" per test. */
class CaseRulesTest {

    private static final Instant DETECTED = Instant.parse("2024-10-03T09:00:00Z");
    private static final Instant LATER = Instant.parse("2024-10-04T10:00:00Z");
    private int ids;

    @Test
    void shouldOpenACaseOnceAsNewWithTheAlertsFields() {
        CaseFile opened = applied(null, CaseOpening.of(alert()));

        assertThat(opened.status).isEqualTo(CaseStatus.NEW);
        assertThat(opened.rule).isEqualTo("IDLE_FUNDS");
        assertThat(opened.financialOrgId).isEqualTo("990740000683");
        assertThat(opened.amountAtRisk).isEqualTo(500_000_00L);
        assertThat(opened.openedAt).isEqualTo(DETECTED.toEpochMilli());
        assertThat(opened.actions).isEqualTo(1);
        assertThat(CaseRules.decide(opened, CaseOpening.of(alert()))).isInstanceOf(Decision.Repeated.class);
    }

    @Test
    void shouldChangeNothingForARepeatedCaseEventId() {
        CaseFile opened = applied(null, CaseOpening.of(alert()));
        CaseEvent assign = act(CaseAction.ASSIGNED, "aigerim").setAssignee("aigerim").build();
        CaseFile assigned = applied(opened, assign);

        Decision again = CaseRules.decide(assigned, assign);

        assertThat(again).isEqualTo(new Decision.Repeated(assigned));
    }

    @Test
    void shouldRefuseToResolveANewCase() {
        CaseFile opened = applied(null, CaseOpening.of(alert()));

        assertThat(refusal(opened, proposal("aigerim", CaseResolution.FALSE_POSITIVE, null))).contains("NEW");
    }

    @Test
    void shouldResolveOnlyWhenADifferentPersonApprovesTheProposal() {
        CaseFile proposed = applied(triaged(), proposal("aigerim", CaseResolution.FUNDS_RECOVERED, 120_000_00L));
        assertThat(proposed.status).isEqualTo(CaseStatus.PENDING_APPROVAL);
        assertThat(proposed.proposedBy).isEqualTo("aigerim");

        assertThat(refusal(proposed, act(CaseAction.RESOLUTION_APPROVED, "aigerim").build())).contains("four eyes");
        CaseFile resolved = applied(proposed, act(CaseAction.RESOLUTION_APPROVED, "bolat").build());

        assertThat(resolved.status).isEqualTo(CaseStatus.RESOLVED);
        assertThat(resolved.resolution).isEqualTo(CaseResolution.FUNDS_RECOVERED);
        assertThat(resolved.recoveredAmount).isEqualTo(120_000_00L);
        assertThat(resolved.resolvedAt).isEqualTo(LATER.toEpochMilli());
        assertThat(resolved.proposedBy).isNull();
    }

    @Test
    void shouldReturnARejectedProposalToTheStatusItHad() {
        CaseFile proposed = applied(triaged(), proposal("aigerim", CaseResolution.FALSE_POSITIVE, null));

        assertThat(refusal(proposed, act(CaseAction.RESOLUTION_REJECTED, "aigerim").build())).contains("four eyes");
        CaseFile rejected = applied(proposed, act(CaseAction.RESOLUTION_REJECTED, "bolat").setNote("look again")
                .build());

        assertThat(rejected.status).isEqualTo(CaseStatus.INVESTIGATING);
        assertThat(rejected.resolution).isNull();
        assertThat(rejected.proposedResolution).isNull();
    }

    @Test
    void shouldHoldTheStatusAndAnySecondProposalWhileAProposalWaits() {
        CaseFile proposed = applied(triaged(), proposal("aigerim", CaseResolution.DUPLICATE, null));

        assertThat(refusal(proposed, status("bolat", CaseStatus.ESCALATED))).contains("awaits approval");
        assertThat(refusal(proposed, proposal("bolat", CaseResolution.FALSE_POSITIVE, null))).contains("awaits");
    }

    @Test
    void shouldTakeOnlyCommentsOnceResolved() {
        CaseFile proposed = applied(triaged(), proposal("aigerim", CaseResolution.CONFIRMED_VIOLATION, null));
        CaseFile resolved = applied(proposed, act(CaseAction.RESOLUTION_APPROVED, "bolat").build());

        assertThat(refusal(resolved, status("aigerim", CaseStatus.INVESTIGATING))).contains("resolved");
        assertThat(refusal(resolved, act(CaseAction.ASSIGNED, "bolat").setAssignee("bolat").build()))
                .contains("resolved");
        CaseFile commented = applied(resolved, act(CaseAction.COMMENTED, "aigerim").setNote("money returned").build());
        assertThat(commented.status).isEqualTo(CaseStatus.RESOLVED);
        assertThat(commented.actions).isEqualTo(resolved.actions + 1);
    }

    @Test
    void shouldTriageAtTheFirstActThatIsNotAComment() {
        CaseFile opened = applied(null, CaseOpening.of(alert()));
        CaseFile commented = applied(opened, act(CaseAction.COMMENTED, "aigerim").setNote("seen").build());
        assertThat(commented.triagedAt).isNull();

        CaseFile assigned = applied(commented, act(CaseAction.ASSIGNED, "aigerim").setAssignee("aigerim").build());

        assertThat(assigned.triagedAt).isEqualTo(LATER.toEpochMilli());
        assertThat(assigned.status).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void shouldRefuseMalformedActsAndActsOnUnknownCases() {
        CaseFile opened = applied(null, CaseOpening.of(alert()));

        assertThat(refusal(opened, act(CaseAction.COMMENTED, "aigerim").setNote("x".repeat(4_001)).build()))
                .contains("4000");
        assertThat(refusal(opened, proposal("aigerim", CaseResolution.FUNDS_RECOVERED, null)))
                .contains("recoveredAmount");
        assertThat(refusal(opened, proposal("aigerim", CaseResolution.FALSE_POSITIVE, 5L))).contains("FUNDS_RECOVERED");
        assertThat(refusal(opened, status("aigerim", CaseStatus.RESOLVED))).contains("TRIAGED");
        assertThat(refusal(null, status("aigerim", CaseStatus.TRIAGED))).contains("no case");
    }

    @Test
    void shouldFoldTheSameWayWhenOneActIsReadTwice() {
        CaseFold once = new CaseFold();
        CaseFold twice = new CaseFold();
        List<CaseEvent> acts = List.of(CaseOpening.of(alert()), status("aigerim", CaseStatus.TRIAGED),
                proposal("aigerim", CaseResolution.FALSE_POSITIVE, null), act(CaseAction.RESOLUTION_APPROVED, "bolat")
                        .build());
        acts.forEach(once::apply);
        acts.forEach(a -> {
            twice.apply(a);
            twice.apply(a);
        });

        assertThat(twice.history("IDLE_FUNDS:F-1:e1")).isEqualTo(once.history("IDLE_FUNDS:F-1:e1")).hasSize(4);
        assertThat(twice.cases().get("IDLE_FUNDS:F-1:e1").status).isEqualTo(CaseStatus.RESOLVED);
    }

    private CaseFile triaged() {
        CaseFile opened = applied(null, CaseOpening.of(alert()));
        return applied(opened, status("aigerim", CaseStatus.INVESTIGATING));
    }

    private static CaseFile applied(CaseFile current, CaseEvent act) {
        Decision decision = CaseRules.decide(current, act);
        assertThat(decision).isInstanceOf(Decision.Applied.class);
        return ((Decision.Applied) decision).next();
    }

    private static String refusal(CaseFile current, CaseEvent act) {
        Decision decision = CaseRules.decide(current, act);
        assertThat(decision).isInstanceOf(Decision.Refused.class);
        return ((Decision.Refused) decision).reason();
    }

    private CaseEvent status(String actor, CaseStatus status) {
        return act(CaseAction.STATUS_CHANGED, actor).setStatus(status).build();
    }

    private CaseEvent proposal(String actor, CaseResolution resolution, Long recovered) {
        return act(CaseAction.RESOLUTION_PROPOSED, actor).setResolution(resolution).setRecoveredAmount(recovered)
                .build();
    }

    private CaseEvent.Builder act(CaseAction action, String actor) {
        return CaseEvent.newBuilder().setCaseEventId("act-" + ++ids).setAlertId("IDLE_FUNDS:F-1:e1").setFundId("F-1")
                .setAction(action).setActor(actor).setAt(LATER);
    }

    private static FundAlert alert() {
        return FundAlert.newBuilder().setAlertId("IDLE_FUNDS:F-1:e1").setRule(AlertRule.IDLE_FUNDS).setRuleVersion("1")
                .setSeverity(Severity.MEDIUM).setFundId("F-1").setProgramme(Programme.values()[0])
                .setBeneficiaryId("850101300123").setFinancialOrgId("990740000683").setAmountAtRisk(500_000_00L)
                .setDetectedAt(DETECTED).setMessage("idle").setEvidence(List.of()).build();
    }
}
