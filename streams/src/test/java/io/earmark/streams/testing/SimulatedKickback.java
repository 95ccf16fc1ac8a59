package io.earmark.streams.testing;

import io.earmark.producers.simulate.ExpectedAlert;
import io.earmark.producers.simulate.Scenario;
import io.earmark.producers.simulate.ScenarioEvent;
import io.earmark.producers.simulate.ScenarioGenerator;
import io.earmark.producers.simulate.SimulationOptions;
import io.earmark.schema.AlertRule;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.specific.SpecificRecord;

/**
 * A small simulated scenario (the simulator's own generator) and, read from its events and ground truth, what the
 * picture tests look for: a fund the simulator made a kickback of, its seller and beneficiary, every beneficiary
 * whose fund paid that seller, and a fund it made sit idle past its limit.
 */
public record SimulatedKickback(Scenario scenario, String kickbackFund, String seller, String beneficiary,
                                Set<String> sellersBeneficiaries, String idleFund) {

    public static SimulatedKickback generate(int funds, long seed) {
        Scenario scenario = ScenarioGenerator.generate(SimulationOptions.of(funds, seed, 0.5));
        Map<String, FundEarmarked> earmarks = new HashMap<>();
        List<FundMovement> movements = new java.util.ArrayList<>();
        for (ScenarioEvent e : scenario.events()) {
            if (e.record() instanceof FundEarmarked f) {
                earmarks.put(f.getFundId(), f);
            } else if (e.record() instanceof FundMovement m) {
                movements.add(m);
            }
        }
        String kickback = first(scenario, AlertRule.KICKBACK_SUSPECTED, Severity.CRITICAL);
        String idle = first(scenario, AlertRule.IDLE_FUNDS, Severity.MEDIUM);
        String beneficiary = earmarks.get(kickback).getBeneficiaryId();
        Set<String> paid = new TreeSet<>();
        movements.stream().filter(m -> kickback.equals(m.getFundId())).forEach(m -> paid.add(m.getToId()));
        String seller = movements.stream().filter(m -> m.getFundId() == null && m.getToId().equals(beneficiary)
                && paid.contains(m.getFromId())).map(FundMovement::getFromId).findFirst().orElseThrow(
                        () -> new IllegalStateException("no transfer back to " + beneficiary + " in the scenario"));
        Set<String> beneficiaries = new TreeSet<>();
        movements.stream().filter(m -> m.getFundId() != null && m.getToId().equals(seller)
                && earmarks.containsKey(m.getFundId())).forEach(m -> beneficiaries.add(
                        earmarks.get(m.getFundId()).getBeneficiaryId()));
        return new SimulatedKickback(scenario, kickback, seller, beneficiary, beneficiaries, idle);
    }

    public List<SpecificRecord> events() {
        return scenario.events().stream().map(ScenarioEvent::record).toList();
    }

    private static String first(Scenario scenario, AlertRule rule, Severity severity) {
        return scenario.expectedAlerts().stream().filter(a -> a.rule() == rule && a.severity() == severity)
                .map(ExpectedAlert::fundId).sorted().findFirst()
                .orElseThrow(() -> new IllegalStateException("the scenario has no " + rule + " fund"));
    }
}
