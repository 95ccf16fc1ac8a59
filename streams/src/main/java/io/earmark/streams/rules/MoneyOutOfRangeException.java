package io.earmark.streams.rules;

/**
 * A sum of money that a {@code long} of tiyn cannot hold (past 9.2 × 10^18 tiyn: more than 92,000 maximal amounts
 * of 10^14 in one fund). The event that caused it is dead-lettered as {@code OUT_OF_RANGE}, naming {@link #what()},
 * and changes nothing.
 */
public final class MoneyOutOfRangeException extends ArithmeticException {

    private final String what;

    public MoneyOutOfRangeException(String what, long a, long b) {
        super(what + " would leave the range of a long: " + a + " + " + b);
        this.what = what;
    }

    /** The sum that would have overflowed, e.g. {@code registeredValue}. */
    public String what() {
        return what;
    }
}
