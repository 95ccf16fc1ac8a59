package io.earmark.streams.rules;

/**
 * The tunable numbers of the alert rules for one programme. Shares are in basis points (3000 = 30 %).
 *
 * @param kickbackWindowDays   how long after a seller's first receipt money sent back to the beneficiary counts
 * @param kickbackShareBps     share of what the seller received that, sent back, makes a kickback
 * @param assetValueShareBps   share of what was paid to sellers that registered assets must be worth
 * @param unknownFundHoldHours how long a movement naming an unannounced fund is held
 * @param idleEscalationFactor after this many times maxIdleHours an idle balance raises a second, HIGH alert
 */
public record Thresholds(
        int kickbackWindowDays,
        int kickbackShareBps,
        int assetValueShareBps,
        int unknownFundHoldHours,
        int idleEscalationFactor) {

    public static final Thresholds DESIGN_DEFAULTS = new Thresholds(30, 3000, 9000, 24, 3);

    public Thresholds {
        requirePositive(kickbackWindowDays, "kickbackWindowDays");
        requireShare(kickbackShareBps, "kickbackShareBps");
        requireShare(assetValueShareBps, "assetValueShareBps");
        requirePositive(unknownFundHoldHours, "unknownFundHoldHours");
        requirePositive(idleEscalationFactor, "idleEscalationFactor");
    }

    private static void requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }

    private static void requireShare(int bps, String name) {
        if (bps <= 0 || bps > 10_000) {
            throw new IllegalArgumentException(name + " must be in (0, 10000] basis points, got " + bps);
        }
    }
}
