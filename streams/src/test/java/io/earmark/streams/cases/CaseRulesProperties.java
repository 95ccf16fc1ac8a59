package io.earmark.streams.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.AlertRule;
import io.earmark.schema.CaseAction;
import io.earmark.schema.CaseEvent;
import io.earmark.schema.CaseResolution;
import io.earmark.schema.CaseStatus;
import io.earmark.schema.FundAlert;
import io.earmark.schema.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random acts by three people on one case, legal or not, some repeated: whatever arrives, four eyes hold, a refusal or
 * a repeat changes nothing, a resolved case stays resolved, and reading the acts twice over folds to the same case.
 */
class CaseRulesProperties {

    private static final String ALERT = "DIVERTED_FUNDS:F-1:M-2";
    private static final List<String> PEOPLE = List.of("aigerim", "bolat", "saule");

    @Property(tries = 300)
    void shouldKeepFourEyesAndChangeNothingOnARefusalOrARepeat(@ForAll("acts") List<CaseEvent> acts) {
        CaseFile current = ((Decision.Applied) CaseRules.decide(null, CaseOpening.of(alert()))).next();
        List<CaseEvent> applied = new ArrayList<>();
        for (CaseEvent act : acts) {
            CaseFile before = current.copy();
            Decision decision = CaseRules.decide(current, act);
            if (decision instanceof Decision.Applied next) {
                if (act.getAction() == CaseAction.RESOLUTION_APPROVED) {
                    assertThat(act.getActor()).as("approver").isNotEqualTo(current.proposedBy);
                    assertThat(next.next().status).isEqualTo(CaseStatus.RESOLVED);
                }
                if (before.status == CaseStatus.RESOLVED) {
                    assertThat(act.getAction()).isEqualTo(CaseAction.COMMENTED);
                    assertThat(next.next().status).isEqualTo(CaseStatus.RESOLVED);
                }
                assertThat(next.next().actions).isEqualTo(before.actions + 1);
                current = next.next();
                applied.add(act);
            } else {
                assertThat(current).usingRecursiveComparison().isEqualTo(before);
            }
            if (current.status == CaseStatus.RESOLVED) {
                assertThat(current.resolution).isNotNull();
                assertThat(current.recoveredAmount != null)
                        .isEqualTo(current.resolution == CaseResolution.FUNDS_RECOVERED);
            }
        }

        CaseFold twice = new CaseFold();
        twice.apply(CaseOpening.of(alert()));
        acts.forEach(a -> {
            twice.apply(a);
            twice.apply(a);
        });
        assertThat(twice.cases().get(ALERT)).usingRecursiveComparison().isEqualTo(current);
        assertThat(twice.history(ALERT).subList(1, twice.history(ALERT).size())).isEqualTo(applied);
    }

    @Provide
    Arbitrary<List<CaseEvent>> acts() {
        Arbitrary<CaseEvent> act = Combinators.combine(
                Arbitraries.integers().between(0, 40),
                Arbitraries.of(CaseAction.ASSIGNED, CaseAction.COMMENTED, CaseAction.STATUS_CHANGED,
                        CaseAction.RESOLUTION_PROPOSED, CaseAction.RESOLUTION_APPROVED, CaseAction.RESOLUTION_REJECTED),
                Arbitraries.of(PEOPLE),
                Arbitraries.of(CaseStatus.values()),
                Arbitraries.of(CaseResolution.values()),
                Arbitraries.longs().between(-1, 1_000_000_00L).injectNull(0.3))
                .as((id, action, actor, status, resolution, amount) -> CaseEvent.newBuilder()
                        .setCaseEventId("act-" + id).setAlertId(ALERT).setFundId("F-1").setAction(action)
                        .setActor(actor)
                        .setAssignee(action == CaseAction.ASSIGNED ? actor : null)
                        .setNote(action == CaseAction.COMMENTED ? "seen" : null)
                        .setStatus(action == CaseAction.STATUS_CHANGED ? status : null)
                        .setResolution(action == CaseAction.RESOLUTION_PROPOSED ? resolution : null)
                        .setRecoveredAmount(action == CaseAction.RESOLUTION_PROPOSED ? amount : null)
                        .setAt(Instant.parse("2024-10-05T10:00:00Z").plusSeconds(id)).build());
        return act.list().ofMaxSize(30);
    }

    private static FundAlert alert() {
        return FundAlert.newBuilder().setAlertId(ALERT).setRule(AlertRule.DIVERTED_FUNDS).setRuleVersion("1")
                .setSeverity(Severity.HIGH).setFundId("F-1").setAmountAtRisk(2_000_00L)
                .setDetectedAt(Instant.parse("2024-10-05T09:00:00Z")).setMessage("diverted").setEvidence(List.of())
                .build();
    }
}
