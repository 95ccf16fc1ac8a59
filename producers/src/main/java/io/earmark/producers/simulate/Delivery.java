package io.earmark.producers.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The order in which a scenario's events reach Earmark, with the options' noise: each event is delayed by up to
 * {@code outOfOrderMinutes} (so it may come after later events), and a {@code duplicateRate} share is delivered
 * a second time, with the same eventId, up to two hours late. Without noise: event-time order. The noise has its
 * own random stream, so it never changes the scenario.
 */
public final class Delivery {
    private static final long REDELIVERY_MAX_SECONDS = SimulationOptions.MAX_OUT_OF_ORDER_MINUTES * 60L;
    private static final long NOISE_SALT = 0x6E6F697365L;

    private Delivery() {
    }

    private record Slot(ScenarioEvent event, long key, int copy) {
    }

    public static List<ScenarioEvent> order(Scenario scenario) {
        SimulationOptions o = scenario.options();
        SplittableRandom r = new SplittableRandom(o.seed() ^ NOISE_SALT);
        long delay = o.outOfOrderMinutes() * 60L;
        List<Slot> slots = new ArrayList<>();
        for (ScenarioEvent e : scenario.events()) {
            long t = e.eventTime().getEpochSecond();
            slots.add(new Slot(e, t + (delay > 0 ? r.nextLong(delay + 1) : 0), 0));
            if (o.duplicateRate() > 0 && r.nextDouble() < o.duplicateRate()) {
                slots.add(new Slot(e, t + 1 + r.nextLong(REDELIVERY_MAX_SECONDS), 1));
            }
        }
        slots.sort(Comparator.comparingLong(Slot::key).thenComparingLong(s -> s.event().sequence())
                .thenComparingInt(Slot::copy));
        return slots.stream().map(Slot::event).toList();
    }
}
