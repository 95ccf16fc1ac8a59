package io.earmark.streams.model;

/**
 * The asset stage's answer about a registration of a contested asset, for the core task that holds the registration
 * back until it comes: {@code applies} with the assignment to apply (counting for its fund, or as a duplicate), or
 * not (a repeat against the same fund).
 */
public record AssetVerdict(Assignment assignment, boolean applies) implements Payload {

    @Override
    public String orderTag() {
        return "AssetVerdict";
    }

    @Override
    public long eventTime() {
        return assignment.eventTime();
    }

    @Override
    public String orderingId() {
        return assignment.orderingId();
    }
}
