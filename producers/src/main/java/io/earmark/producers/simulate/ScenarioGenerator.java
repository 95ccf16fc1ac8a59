package io.earmark.producers.simulate;

import io.earmark.schema.Programme;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a {@link Scenario} from {@link SimulationOptions}, deterministically from the seed. Funds are earmarked
 * in working hours over the given days; a random {@code fraudRate} share of them gets one violation each, the
 * violation kinds taken in turn so that every rule appears once there are at least eleven violating funds. After
 * the last deadline of any fund comes a quiet stretch of at least a day and a half, closed by the earmark of one
 * last fund, so that a replay of the files fires every deadline the ground truth expects.
 */
public final class ScenarioGenerator {
    private static final Programme[] PROGRAMMES = Programme.values();
    /** AUYL_AMANATY, INVESTMENT_SUBSIDY, MACHINERY_LEASING, SEC_FUNDS. */
    private static final int[] WEIGHTS = {58, 20, 12, 10};

    private ScenarioGenerator() {
    }

    public static Scenario generate(SimulationOptions o) {
        SplittableRandom root = new SplittableRandom(o.seed());
        IdFactory ids = new IdFactory(root.split());
        SplittableRandom plans = root.split();
        SplittableRandom assign = root.split();
        FundPlanner planner = new FundPlanner(Catalogue.create(ids), ids);
        int slots = o.funds() - 1;
        Injection[] violations = InjectionAssignment.assign(assign, slots, o.fraudRate());
        List<Instant> earmarks = earmarkTimes(assign, o, slots);
        long[] sequence = {0};
        List<ScenarioEvent> events = new ArrayList<>();
        List<ExpectedAlert> expected = new ArrayList<>();
        List<FundContext.RegisteredAsset> registered = new ArrayList<>();
        Instant horizon = o.start();
        int year = o.start().atZone(ZoneOffset.UTC).getYear();
        for (int i = 0; i < slots; i++) {
            SplittableRandom r = plans.split();
            Injection v = violations[i];
            Programme programme = programme(r, v);
            FundPlan plan = planner.plan(fundId(programme, year, i), programme, v, r);
            FundContext.RegisteredAsset duplicateOf = null;
            if (v == Injection.DUPLICATE) {
                duplicateOf = takeEarlierAsset(r, registered, earmarks.get(i), plan.items().get(0).assetType());
                v = duplicateOf == null ? Injection.SHORTFALL_COUNT : v;
            }
            FundContext fund = FundFlow.run(plan, v, r, ids, sequence, earmarks.get(i), o.lateRegistrations(),
                    duplicateOf);
            events.addAll(fund.events.events());
            expected.addAll(fund.expected);
            registered.addAll(fund.registered);
            horizon = max(horizon, fund.horizon());
        }
        Instant end = horizon.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(2)).plus(Duration.ofHours(6));
        SplittableRandom r = plans.split();
        Programme programme = programme(r, Injection.NONE);
        FundPlan last = planner.plan(fundId(programme, year, slots), programme, Injection.NONE, r);
        events.addAll(FundFlow.closing(last, r, ids, sequence, end).events.events());
        events.sort(Comparator.comparing(ScenarioEvent::eventTime).thenComparingLong(ScenarioEvent::sequence));
        expected.sort(Comparator.comparing(ExpectedAlert::detectedAt).thenComparing(ExpectedAlert::fundId)
                .thenComparing(ExpectedAlert::severity));
        return new Scenario(o, events, expected, end);
    }

    static String fundId(Programme programme, int year, int index) {
        String prefix = switch (programme) {
            case AUYL_AMANATY -> "AA";
            case INVESTMENT_SUBSIDY -> "IS";
            case MACHINERY_LEASING -> "ML";
            case SEC_FUNDS -> "SEC";
        };
        return prefix + "-" + year + "-" + (100_001 + index);
    }

    private static Programme programme(SplittableRandom r, Injection v) {
        int total = 0;
        for (int i = 0; i < PROGRAMMES.length; i++) {
            total += v.fits(PROGRAMMES[i]) ? WEIGHTS[i] : 0;
        }
        int pick = r.nextInt(total);
        for (int i = 0; i < PROGRAMMES.length; i++) {
            pick -= v.fits(PROGRAMMES[i]) ? WEIGHTS[i] : 0;
            if (pick < 0) {
                return PROGRAMMES[i];
            }
        }
        throw new IllegalStateException("no programme fits " + v);
    }

    /** Earmarks in Almaty working hours (03:00–12:00 UTC), sorted, so fund index follows time. */
    private static List<Instant> earmarkTimes(SplittableRandom r, SimulationOptions o, int count) {
        Instant[] times = new Instant[count];
        Instant day0 = o.start().truncatedTo(ChronoUnit.DAYS);
        for (int i = 0; i < count; i++) {
            Instant t = day0.plus(Duration.ofDays(r.nextInt(o.days()))).plusSeconds(3 * 3600 + r.nextInt(9 * 3600));
            times[i] = t.isBefore(o.start()) ? o.start().plusSeconds(r.nextInt(3600)) : t;
        }
        Arrays.sort(times);
        return Arrays.asList(times);
    }

    /** An animal of a clean fund registered before {@code before}, preferably of the same species; removed from the pool. */
    private static FundContext.RegisteredAsset takeEarlierAsset(SplittableRandom r,
                                                                 List<FundContext.RegisteredAsset> pool,
                                                                 Instant before, String assetType) {
        List<FundContext.RegisteredAsset> earlier = pool.stream().filter(a -> a.at().isBefore(before)).toList();
        List<FundContext.RegisteredAsset> same = earlier.stream().filter(a -> a.assetType().equals(assetType)).toList();
        List<FundContext.RegisteredAsset> from = same.isEmpty() ? earlier : same;
        if (from.isEmpty()) {
            return null;
        }
        FundContext.RegisteredAsset chosen = from.get(r.nextInt(from.size()));
        pool.remove(chosen);
        return chosen;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
