package io.earmark.producers.simulate;

import io.earmark.schema.AlertRule;
import io.earmark.schema.AssetRegistered;
import io.earmark.schema.Channel;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.Programme;
import io.earmark.schema.Severity;
import io.earmark.schemas.validation.EventValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioGeneratorTest {
    private static final Scenario FRAUDULENT = ScenarioGenerator.generate(SimulationOptions.of(300, 7, 0.15));

    @Test
    void shouldInjectEveryRuleWhenFraudRateIsPositive() {
        Set<AlertRule> rules = FRAUDULENT.expectedAlerts().stream().map(ExpectedAlert::rule).collect(Collectors.toSet());

        assertThat(rules).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(AlertRule.class));
        assertThat(FRAUDULENT.expectedAlerts())
                .anySatisfy(a -> {
                    assertThat(a.rule()).isEqualTo(AlertRule.IDLE_FUNDS);
                    assertThat(a.severity()).isEqualTo(Severity.HIGH);
                });
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void shouldExpectExactlyTheAlertsTheRulesOfTheDesignRaise(long seed) {
        Scenario scenario = ScenarioGenerator.generate(SimulationOptions.of(250, seed, 0.2));

        assertThat(found(ReferenceRules.evaluate(scenario.events())))
                .containsExactlyInAnyOrderElementsOf(expected(scenario));
    }

    @Test
    void shouldRaiseNothingForCleanFunds() {
        Scenario clean = ScenarioGenerator.generate(SimulationOptions.of(300, 11, 0));

        assertThat(clean.expectedAlerts()).isEmpty();
        assertThat(ReferenceRules.evaluate(clean.events())).isEmpty();
    }

    @Test
    void shouldMoveNoMoreMoneyThanAFundHolderHolds() {
        Map<String, FundEarmarked> funds = funds(FRAUDULENT);
        Map<String, Map<String, Long>> balances = new HashMap<>();
        for (ScenarioEvent e : FRAUDULENT.events()) {
            if (e.record() instanceof FundMovement m && m.getFundId() != null && funds.containsKey(m.getFundId())) {
                FundEarmarked f = funds.get(m.getFundId());
                Map<String, Long> held = balances.computeIfAbsent(f.getFundId(), k -> new HashMap<>(Map.of(f.getOperatorId(), f.getAmount())));
                long before = held.getOrDefault(m.getFromId(), 0L);

                assertThat(before).as("%s pays %s from %s", m.getEventId(), m.getAmount(), m.getFromId())
                        .isGreaterThanOrEqualTo(m.getAmount());
                held.put(m.getFromId(), before - m.getAmount());
                if (m.getChannel() != Channel.CASH_WITHDRAWAL) {
                    held.merge(m.getToId(), m.getAmount(), Long::sum);
                }
            }
        }
        assertThat(balances).hasSizeGreaterThan(250);
    }

    @Test
    void shouldListEventsInEventTimeOrder() {
        List<Instant> times = FRAUDULENT.events().stream().map(ScenarioEvent::eventTime).toList();

        assertThat(times).isSorted();
    }

    @Test
    void shouldGiveDistinctEventTimesToEventsOfOneFundOrOneSellerBeneficiaryPair() {
        Map<String, String> fundOfOwner = funds(FRAUDULENT).values().stream()
                .collect(Collectors.toMap(FundEarmarked::getBeneficiaryId, FundEarmarked::getFundId));
        Map<String, Set<Instant>> timesByFund = new HashMap<>();
        for (ScenarioEvent e : FRAUDULENT.events()) {
            String key;
            if (e.record() instanceof FundEarmarked f) {
                key = f.getFundId();
            } else if (e.record() instanceof FundMovement m) {
                key = m.getFundId() != null ? m.getFundId() : "pair:" + m.getFromId() + "|" + m.getToId();
            } else {
                AssetRegistered a = (AssetRegistered) e.record();
                key = a.getFundId() != null ? a.getFundId() : fundOfOwner.get(a.getOwnerId());
            }
            assertThat(timesByFund.computeIfAbsent(key, k -> new HashSet<>()).add(e.eventTime()))
                    .as("a second event of %s at %s", key, e.eventTime()).isTrue();
        }
    }

    @Test
    void shouldEndWithAQuietStretchAfterEveryExpectedDeadline() {
        Instant end = FRAUDULENT.end();
        List<ScenarioEvent> events = FRAUDULENT.events();

        assertThat(events.get(events.size() - 1).eventTime()).isEqualTo(end);
        assertThat(events.get(events.size() - 2).eventTime()).isBefore(end.minusSeconds(24 * 3600));
        assertThat(FRAUDULENT.expectedAlerts()).allSatisfy(a -> assertThat(a.detectedAt()).isBefore(end));
    }

    @Test
    void shouldProduceOnlyValidEventsWithWellFormedIds() {
        Set<String> ids = new HashSet<>();
        for (ScenarioEvent e : FRAUDULENT.events()) {
            assertThat(EventValidator.violations(e.record())).as(e.eventId()).isEmpty();
            assertThat(ids.add(e.topic() + e.eventId())).as("unique " + e.eventId()).isTrue();
            if (e.record() instanceof FundEarmarked f) {
                assertThat(List.of(f.getOperatorId(), f.getBeneficiaryId(), f.getFinancialOrgId()))
                        .allMatch(IdFactory::isValid);
                assertThat(f.getApprovedSellers()).allMatch(IdFactory::isValid);
            } else if (e.record() instanceof FundMovement m) {
                assertThat(List.of(m.getFromId(), m.getToId())).allMatch(IdFactory::isValid);
                assertThat(m.getBankId()).matches("[A-Z0-9]{8}");
            }
        }
    }

    @Test
    void shouldFollowTheAkmolaProgrammeMix() {
        Map<Programme, Long> byProgramme = funds(ScenarioGenerator.generate(SimulationOptions.of(1000, 5, 0))).values()
                .stream().collect(Collectors.groupingBy(FundEarmarked::getProgramme, Collectors.counting()));

        assertThat(byProgramme.get(Programme.AUYL_AMANATY)).isGreaterThan(450);
        assertThat(byProgramme).containsKeys(Programme.values());
        assertThat(funds(FRAUDULENT).values()).filteredOn(f -> f.getProgramme() == Programme.AUYL_AMANATY)
                .allSatisfy(f -> assertThat(f.getAmount()).isBetween(100_000_000L, 800_000_000L));
    }

    @Test
    void shouldKeepTheSameScenarioWhenOnlyDeliveryNoiseChanges() {
        SimulationOptions clean = SimulationOptions.of(120, 9, 0.2);
        Scenario noisy = ScenarioGenerator.generate(clean.withNoise(90, 0.1, false));

        assertThat(noisy.events()).isEqualTo(ScenarioGenerator.generate(clean).events());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldNotCreateOrHideAlertsWithNoise(boolean lateRegistrations) {
        Scenario noisy = ScenarioGenerator.generate(SimulationOptions.of(300, 13, 0.2)
                .withNoise(SimulationOptions.MAX_OUT_OF_ORDER_MINUTES, 0.2, lateRegistrations));

        assertThat(found(ReferenceRules.evaluate(Delivery.order(noisy))))
                .containsExactlyInAnyOrderElementsOf(expected(noisy));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, SimulationOptions.MAX_OUT_OF_ORDER_MINUTES})
    void shouldKeepTheGroundTruthExactForAThousandFunds(int outOfOrderMinutes) {
        Scenario scenario = ScenarioGenerator.generate(SimulationOptions.of(1000, 1000, 0.1)
                .withNoise(outOfOrderMinutes, outOfOrderMinutes > 0 ? 0.05 : 0, outOfOrderMinutes > 0));

        assertThat(scenario.expectedAlerts()).hasSizeGreaterThan(100);
        assertThat(found(ReferenceRules.evaluate(Delivery.order(scenario))))
                .containsExactlyInAnyOrderElementsOf(expected(scenario));
    }

    @Test
    void shouldDeriveEverythingFromTheSeed() {
        Scenario again = ScenarioGenerator.generate(SimulationOptions.of(300, 7, 0.15));
        Scenario other = ScenarioGenerator.generate(SimulationOptions.of(300, 8, 0.15));

        assertThat(again).isEqualTo(FRAUDULENT);
        assertThat(other.events()).isNotEqualTo(FRAUDULENT.events());
    }

    @Test
    void shouldHandleASingleFund() {
        Scenario one = ScenarioGenerator.generate(SimulationOptions.of(1, 1, 1.0));

        assertThat(one.events()).hasSize(1);
        assertThat(one.expectedAlerts()).isEmpty();
    }

    private static List<String> expected(Scenario s) {
        return s.expectedAlerts().stream()
                .map(a -> a.rule() + " " + a.fundId() + " " + a.amountAtRisk() + " " + a.severity()).toList();
    }

    private static List<String> found(List<ReferenceRules.Found> found) {
        return found.stream().map(a -> a.rule() + " " + a.fundId() + " " + a.amountAtRisk() + " " + a.severity()).toList();
    }

    private static Map<String, FundEarmarked> funds(Scenario s) {
        return s.events().stream().filter(e -> e.record() instanceof FundEarmarked)
                .map(e -> (FundEarmarked) e.record())
                .collect(Collectors.toMap(FundEarmarked::getFundId, Function.identity()));
    }
}
