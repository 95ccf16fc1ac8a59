package io.earmark.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.earmark.schema.Channel;
import io.earmark.schema.FundAlert;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.FundStatus;
import io.earmark.schema.Heartbeat;
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import io.earmark.schema.Registry;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.JourneyStep;
import io.earmark.streams.state.JsonSerde;
import io.earmark.streams.testing.Events;
import io.earmark.streams.testing.PipelineDriver;
import io.earmark.streams.topology.PipelineSettings.RegistrationPath;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.apache.avro.specific.SpecificRecord;

/**
 * The registration path where the owner stage decides an asset's fund (and only contested assets cross the asset
 * stage) against the earlier one where every registration crossed the asset stage: on generated scenarios built to
 * find where they could differ, both must raise the same alerts (every field), leave the same final status per fund
 * and the same fund ledgers. The scenarios have several owners sharing a few asset ids (so assets get contested),
 * registrations naming the owner's fund, another owner's fund or a fund nobody earmarked, redeliveries, unknown
 * funds, money sent back by a seller, the topics interleaved at random, and late registrations: older than the
 * last heartbeat, so late for every stage. (A registration late for the sighting stage but still in time for the
 * asset stage behind it was decided wherever the old path's buffering happened to put it: that is a matter of
 * timing in the old shape, not a behaviour to keep.)
 */
class RegistrationPathDifferentialProperties {

    private static final List<String> OWNERS = List.of("850312300456", "901120400777", "770505300888");
    private static final List<String> PAYERS = List.of(Events.OPERATOR, Events.BANK, Events.SELLER,
            Events.OUTSIDER);
    private static final PipelineSettings NEW_PATH = PipelineSettings.of(1);
    private static final PipelineSettings OLD_PATH = PipelineSettings.of(1).with(RegistrationPath.ASSET_STAGE_DECIDES);

    /** Scenarios per run: each has its own ids and its own stretch of time, so they cannot touch each other. */
    static final int SCENARIOS_PER_RUN = 20;
    private static final long SCENARIO_SPAN = 1_000L * 86_400_000;

    /** 50 tries of 20 scenarios: 1,000 scenarios, in a hundred pipelines instead of two thousand. */
    @Property(tries = 50)
    void bothPathsRaiseTheSameAlertsAndLeaveTheSameFunds(@ForAll long seed) {
        Random random = new Random(seed);
        List<Scenario> scenarios = new ArrayList<>();
        for (int k = 0; k < SCENARIOS_PER_RUN; k++) {
            scenarios.add(scenario(random, "s" + k + "-", Events.T0.toEpochMilli() + k * SCENARIO_SPAN));
        }
        Result before = run(scenarios, OLD_PATH);
        Result after = run(scenarios, NEW_PATH);
        scenarios.forEach(sc -> Statistics.label("contested").collect(sc.contested()));
        Statistics.label("duplicate alerts").collect(before.alerts().stream().filter(a -> a.contains("DUPLICATE"))
                .count() >= 5);
        Statistics.label("contested").coverage(c -> c.check(true).percentage(p -> p >= 30));
        assertThat(after.alerts()).isEqualTo(before.alerts());
        assertThat(after.statuses()).isEqualTo(before.statuses());
        assertThat(after.ledgers()).isEqualTo(before.ledgers());
    }

    private record Result(List<String> alerts, Map<String, String> statuses, Map<String, String> ledgers) {
    }

    /** What to send, in sending order: events, and heartbeats that move every stage's stream time. */
    private record Scenario(List<SpecificRecord> sends, Instant end, boolean contested) {
    }

    private static Result run(List<Scenario> scenarios, PipelineSettings settings) {
        try (PipelineDriver pipeline = new PipelineDriver(RuleBook.shipped(), settings)) {
            for (Scenario scenario : scenarios) {
                for (SpecificRecord event : scenario.sends()) {
                    if (event instanceof Heartbeat beat) {
                        pipeline.advanceTo(beat.getTime());
                    } else {
                        pipeline.sendEvent(event);
                    }
                }
                pipeline.advanceTo(scenario.end());
            }
            List<String> alerts = pipeline.alerts().stream().map(FundAlert::toString).toList();
            Map<String, String> statuses = new LinkedHashMap<>();
            for (FundStatus status : pipeline.statuses()) {
                statuses.put(status.getFundId(), status.toString());
            }
            Map<String, String> ledgers = new LinkedHashMap<>();
            pipeline.ledgers().forEach((fundId, ledger) -> ledgers.put(fundId, json(ledger)));
            return new Result(alerts, statuses, ledgers);
        }
    }

    /** One scenario; every id in it starts with {@code prefix}, and its events start at {@code start}. */
    private static Scenario scenario(Random random, String prefix, long start) {
        List<SpecificRecord> events = new ArrayList<>();
        long t = start;
        int fundCount = 1 + random.nextInt(4);
        List<String> fundIds = new ArrayList<>();
        Map<String, String> ownerOf = new LinkedHashMap<>();
        List<String> owners = OWNERS.stream().map(o -> prefix + o).toList();
        String ghost = prefix + "GHOST";
        for (int f = 0; f < fundCount; f++) {
            String fundId = prefix + "F" + f;
            String owner = owners.get(random.nextInt(owners.size()));
            fundIds.add(fundId);
            ownerOf.put(fundId, owner);
            events.add(earmark(fundId, owner, t + f, random));
        }
        t += fundCount;
        Map<String, String> firstRegistrant = new LinkedHashMap<>();
        boolean contested = false;
        Long lastBeat = null;
        int steps = 5 + random.nextInt(35);
        for (int i = 0; i < steps; i++) {
            t += 1 + random.nextInt(random.nextInt(4) == 0 ? 10 * 86_400_000 : 12 * 3_600_000);
            Instant at = Instant.ofEpochMilli(t);
            int kind = random.nextInt(100);
            if (kind < 40) {
                String fundId = random.nextInt(12) == 0 ? ghost : fundIds.get(random.nextInt(fundIds.size()));
                String owner = ownerOf.getOrDefault(fundId, owners.get(0));
                List<String> parties = new ArrayList<>(PAYERS);
                parties.add(owner);
                String from = parties.get(random.nextInt(parties.size()));
                String to = parties.get(random.nextInt(parties.size()));
                String colour = random.nextInt(5) == 0 ? null : fundId;
                Channel channel = random.nextInt(10) == 0 ? Channel.CASH_WITHDRAWAL : Channel.TRANSFER;
                long amount = 1 + random.nextInt(6_000_000_00);
                events.add(Events.move(prefix + "m" + i, colour, from, to, amount, at, channel));
            } else if (kind < 48 && !events.isEmpty()) {
                events.add(events.get(random.nextInt(events.size())));
            } else if (kind < 52) {
                events.add(new Heartbeat("test", 0, Instant.ofEpochMilli(t)));
                lastBeat = t;
            } else {
                String assetId = prefix + "KZ" + random.nextInt(5);
                String owner = owners.get(random.nextInt(owners.size()));
                String named = switch (random.nextInt(5)) {
                    case 0, 1 -> null;
                    case 2 -> ownFund(owner, ownerOf, random);
                    case 3 -> fundIds.get(random.nextInt(fundIds.size()));
                    default -> random.nextBoolean() ? ghost : null;
                };
                Registry registry = switch (random.nextInt(4)) {
                    case 0 -> Registry.MACHINERY_REGISTRY;
                    case 1 -> Registry.LEASE_REGISTRY;
                    default -> Registry.LIVESTOCK_IDENTIFICATION;
                };
                String first = firstRegistrant.putIfAbsent(assetId, owner);
                contested |= first != null && !first.equals(owner);
                boolean late = lastBeat != null && random.nextInt(4) == 0;
                Instant registeredAt = late ? Instant.ofEpochMilli(lastBeat - 1 - random.nextInt(2 * 86_400_000)) : at;
                events.add(Events.asset(prefix + "a" + i, assetId, owner, named, 1 + random.nextInt(4_000_000_00),
                        registeredAt, registry));
            }
        }
        return new Scenario(random.nextInt(3) == 0 ? interleave(events, random) : events,
                Instant.ofEpochMilli(t + 400L * 86_400_000), contested);
    }

    private static String ownFund(String owner, Map<String, String> ownerOf, Random random) {
        List<String> own = ownerOf.entrySet().stream().filter(e -> e.getValue().equals(owner)).map(Map.Entry::getKey)
                .toList();
        return own.isEmpty() ? null : own.get(random.nextInt(own.size()));
    }

    private static FundEarmarked earmark(String fundId, String owner, long at, Random random) {
        int kind = random.nextInt(3);
        Purpose purpose = kind == 0 ? Purpose.LIVESTOCK : kind == 1 ? Purpose.MACHINERY : Purpose.LEASED_EQUIPMENT;
        Programme programme = kind == 2 ? Programme.INVESTMENT_SUBSIDY : Programme.AUYL_AMANATY;
        return Events.fund(fundId, b -> b.setEventTime(Instant.ofEpochMilli(at)).setBeneficiaryId(owner)
                .setPurpose(purpose).setProgramme(programme)
                .setSubsidyRateBps(kind == 2 ? 3_000 + random.nextInt(5_000) : null)
                .setApprovedSellers(random.nextBoolean() ? List.of(Events.SELLER) : List.of())
                .setMaxIdleHours(12 + random.nextInt(60)).setExpectedAssetCount(1 + random.nextInt(3))
                .setRegistrationDeadlineDays(1 + random.nextInt(25)));
    }

    /** The same events with the topics interleaved at random, each topic keeping its order; heartbeats stay put. */
    private static List<SpecificRecord> interleave(List<SpecificRecord> events, Random random) {
        List<ArrayDeque<SpecificRecord>> topics = List.of(new ArrayDeque<>(), new ArrayDeque<>(),
                new ArrayDeque<>());
        List<SpecificRecord> mixed = new ArrayList<>();
        for (SpecificRecord e : events) {
            if (e instanceof Heartbeat) {
                drain(topics, mixed, random);
                mixed.add(e);
            } else {
                topics.get(e instanceof FundEarmarked ? 0 : e instanceof FundMovement ? 1 : 2).add(e);
            }
        }
        drain(topics, mixed, random);
        return mixed;
    }

    private static void drain(List<ArrayDeque<SpecificRecord>> topics, List<SpecificRecord> into, Random random) {
        while (topics.stream().anyMatch(q -> !q.isEmpty())) {
            List<ArrayDeque<SpecificRecord>> open = topics.stream().filter(q -> !q.isEmpty()).toList();
            into.add(open.get(random.nextInt(open.size())).poll());
        }
    }

    /**
     * The ledger as JSON, with its raised alert ids and journey in a fixed order: a kickback verdict reaches the
     * ledger unordered (whenever the pair stage's verdict arrives), so where its alert sits among the others depends
     * on timing in either shape, never on the registration path.
     */
    private static String json(FundLedger ledger) {
        FundLedger fixed = ledger.copy();
        fixed.alertIds = new java.util.LinkedHashSet<>(new java.util.TreeSet<>(ledger.alertIds));
        fixed.journey = ledger.journey.stream().sorted(java.util.Comparator.comparingLong(JourneyStep::eventTime)
                .thenComparing(JourneyStep::kind).thenComparing(JourneyStep::eventId)).toList();
        try {
            return JsonSerde.mapper().writeValueAsString(fixed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
