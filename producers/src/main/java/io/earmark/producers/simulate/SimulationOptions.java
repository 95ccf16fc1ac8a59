package io.earmark.producers.simulate;

import java.time.Instant;

/**
 * What a simulated scenario looks like: how many funds, from which seed, over which days, how much fraud and
 * which delivery noise. Noise never changes the scenario itself (same events, same ground truth), only how the
 * events are delivered — except {@code lateRegistrations}, which moves registry records towards (never past)
 * their deadlines.
 *
 * @param funds             number of funds, the closing fund included (at least 1)
 * @param seed              the only source of randomness
 * @param start             the first earmark's earliest time
 * @param days              funds are earmarked over this many days; their lifecycles and the quiet stretch follow
 * @param fraudRate         share of funds (0..1) that get one injected violation each
 * @param outOfOrderMinutes bound of out-of-order delivery, 0 = in event-time order
 * @param duplicateRate     share of events (0..1) redelivered with the same eventId
 * @param lateRegistrations registry records arrive in the last days before their deadline
 */
public record SimulationOptions(int funds, long seed, Instant start, int days, double fraudRate,
                                int outOfOrderMinutes, double duplicateRate, boolean lateRegistrations) {

    public static final Instant DEFAULT_START = Instant.parse("2024-10-01T00:00:00Z");
    public static final int DEFAULT_DAYS = 30;
    /** Largest supported out-of-order bound; the scenario keeps every fund's events and deadlines further apart. */
    public static final int MAX_OUT_OF_ORDER_MINUTES = 120;

    public SimulationOptions {
        if (funds < 1) {
            throw new IllegalArgumentException("funds must be at least 1, was " + funds);
        }
        if (start == null) {
            throw new IllegalArgumentException("start is required");
        }
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
        if (!(fraudRate >= 0 && fraudRate <= 1)) {
            throw new IllegalArgumentException("fraud rate must be within 0..1, was " + fraudRate);
        }
        if (outOfOrderMinutes < 0 || outOfOrderMinutes > MAX_OUT_OF_ORDER_MINUTES) {
            throw new IllegalArgumentException("out-of-order minutes must be within 0.." + MAX_OUT_OF_ORDER_MINUTES
                    + ", was " + outOfOrderMinutes);
        }
        if (!(duplicateRate >= 0 && duplicateRate <= 1)) {
            throw new IllegalArgumentException("duplicate rate must be within 0..1, was " + duplicateRate);
        }
    }

    /** A clean-delivery scenario: no noise. */
    public static SimulationOptions of(int funds, long seed, double fraudRate) {
        return new SimulationOptions(funds, seed, DEFAULT_START, DEFAULT_DAYS, fraudRate, 0, 0, false);
    }

    public SimulationOptions withNoise(int outOfOrder, double duplicates, boolean late) {
        return new SimulationOptions(funds, seed, start, days, fraudRate, outOfOrder, duplicates, late);
    }
}
