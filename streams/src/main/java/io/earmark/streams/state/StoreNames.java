package io.earmark.streams.state;

/** Every state store of the pipeline, by name. Tests and the HTTP API use these constants. */
public final class StoreNames {
    public static final String FUND_LEDGERS = "fund-ledgers";
    public static final String FUND_DEADLINES = "fund-deadlines";
    /** Alerts raised by this task, keyed "detectedAt(19 digits)|alertId", value the alert as a JSON line. */
    public static final String RECENT_ALERTS = "recent-alerts";
    public static final String CORE_BUFFER = "core-buffer";
    public static final String CORE_WATERMARKS = "core-watermarks";
    public static final String ASSET_SIGHTINGS = "asset-sightings";
    public static final String SIGHTING_BUFFER = "sighting-buffer";
    public static final String SIGHTING_WATERMARKS = "sighting-watermarks";
    public static final String OWNER_FUNDS = "owner-funds";
    public static final String OWNER_BUFFER = "owner-buffer";
    public static final String OWNER_WATERMARKS = "owner-watermarks";
    /** The records of contested assets (registered by more than one owner), kept by the asset stage. */
    public static final String CONTESTED_ASSETS = "contested-assets";
    /** The asset stage's verdicts on registrations the core holds back, by registration event id, until applied. */
    public static final String ASSET_VERDICTS = "asset-verdicts";
    public static final String ASSET_BUFFER = "asset-buffer";
    public static final String ASSET_WATERMARKS = "asset-watermarks";
    public static final String PAIR_LEDGERS = "pair-ledgers";
    public static final String PAIR_BUFFER = "pair-buffer";
    public static final String PAIR_WATERMARKS = "pair-watermarks";
    /** The beneficiary-keyed core's route: each fund's beneficiary, from its earmark (see {@code RouteStage}). */
    public static final String FUND_DIRECTORY = "fund-directory";
    /** The route's ledgers of funds whose earmark has not come yet (held movements, registrations naming them). */
    public static final String ROUTE_LEDGERS = "route-ledgers";
    public static final String ROUTE_DEADLINES = "route-deadlines";
    /** Alerts the route raised (UNKNOWN_FUND, and others of funds not earmarked yet), as in {@link #RECENT_ALERTS}. */
    public static final String ROUTE_RECENT_ALERTS = "route-recent-alerts";
    /** The route's events waiting for their place (layer R), and what the cores passed back to it (layer A). */
    public static final String ROUTE_BUFFER = "route-buffer";
    public static final String ROUTE_RETURNS = "route-returns";
    public static final String ROUTE_PROMISES = "route-promises";
    /** The beneficiary-keyed core's items waiting for their place: from the route and the sighting stage, relayed. */
    public static final String BENEFICIARY_BUFFER = "beneficiary-buffer";
    public static final String BENEFICIARY_RELAYED = "beneficiary-relayed";
    public static final String BENEFICIARY_PROMISES = "beneficiary-promises";
    /** The asset stage's registrations waiting for their place, when it serves the beneficiary-keyed core. */
    public static final String ASSET_PROMISES = "asset-promises";
    /** The case table: each alert's current case by alertId (folded from the cases topic). */
    public static final String CASES = "cases";
    /** Each case's applied acts, keyed "alertId|sequence (6 digits)", value the act as a JSON line. */
    public static final String CASE_HISTORY = "case-history";

    private StoreNames() {
    }
}
