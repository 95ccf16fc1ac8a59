package io.earmark.streams.state;

/**
 * A moment at which a rule must look at a fund again. {@code ref} ties it to what scheduled it: the idle episode's
 * start, the first seller payment's event id, or the held movement's event id.
 */
public record Deadline(long at, String fundId, Kind kind, String ref) {

    public enum Kind { IDLE_MEDIUM, IDLE_HIGH, ASSET_REGISTRATION, UNKNOWN_FUND }

    /** Store key: sorts by time, then fund, then kind, so the deadline index can be scanned in firing order. */
    public String key() {
        return OrderKeys.time(at) + "|" + fundId + "|" + kind + "|" + ref;
    }

    public static Deadline parse(String key) {
        String[] parts = key.split("\\|", 4);
        return new Deadline(Long.parseLong(parts[0]), parts[1], Kind.valueOf(parts[2]), parts[3]);
    }
}
