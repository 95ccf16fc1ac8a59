package io.earmark.schemas.validation;

import java.time.Instant;

/**
 * The largest and smallest values an input event may carry (DESIGN.md "No single record can stop detection"). They
 * are far beyond any real programme, and small enough that every sum and scaled comparison of the rules is exact in
 * the pipeline's arithmetic. A value beyond a bound is dead-lettered as {@code OUT_OF_RANGE}, naming the field.
 */
public final class Bounds {
    /** 10^14 tiyn (one trillion KZT): the most any amount or value may be. */
    public static final long MAX_MONEY = 100_000_000_000_000L;
    public static final int MAX_EXPECTED_ASSETS = 100_000;
    /** Ten years. */
    public static final int MAX_IDLE_HOURS = 87_600;
    public static final int MAX_REGISTRATION_DAYS = 3_650;
    public static final int MAX_RATE_BPS = 10_000;
    public static final int MAX_ID_LENGTH = 128;
    public static final int MAX_APPROVED_SELLERS = 1_000;
    /** The first instant an event may happen at (inclusive). */
    public static final Instant EARLIEST_EVENT_TIME = Instant.parse("2000-01-01T00:00:00Z");
    /** The first instant an event may no longer happen at (exclusive). */
    public static final Instant END_OF_EVENT_TIME = Instant.parse("2100-01-01T00:00:00Z");

    private Bounds() {
    }

    /** Whether {@code time} lies in [{@link #EARLIEST_EVENT_TIME}, {@link #END_OF_EVENT_TIME}). */
    public static boolean inEventTimeRange(Instant time) {
        return !time.isBefore(EARLIEST_EVENT_TIME) && time.isBefore(END_OF_EVENT_TIME);
    }
}
