package io.earmark.streams.state;

/**
 * The values of the beneficiary-keyed core's fund directory ({@link StoreNames#FUND_DIRECTORY}, kept by the route,
 * keyed by fundId): once the route has applied a fund's earmark, the beneficiary whose core holds the fund's ledger
 * and the earmark's event id. A fund with no entry, or one not earmarked, has its ledger in the route's own store
 * ({@link StoreNames#ROUTE_LEDGERS}).
 */
public final class FundDirectory {

    private static final String EARMARKED = "E:";
    private static final char ID_SEPARATOR = '\n';

    private FundDirectory() {
    }

    public static String earmarked(String beneficiaryId, String earmarkEventId) {
        return EARMARKED + beneficiaryId + ID_SEPARATOR + earmarkEventId;
    }

    /** The beneficiary of the fund's applied earmark, or null when there is none (or no entry). */
    public static String beneficiaryOf(String entry) {
        return entry != null && entry.startsWith(EARMARKED)
                ? entry.substring(EARMARKED.length(), entry.indexOf(ID_SEPARATOR)) : null;
    }

    /** The event id of the fund's applied earmark, or null. */
    public static String earmarkEventIdOf(String entry) {
        return entry != null && entry.startsWith(EARMARKED) ? entry.substring(entry.indexOf(ID_SEPARATOR) + 1) : null;
    }
}
