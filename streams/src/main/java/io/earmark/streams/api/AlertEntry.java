package io.earmark.streams.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Comparator;

/**
 * One alert in a list: its order key ({@code detectedAt}, then {@code alertId}) and its JSON (DESIGN.md's field
 * names). Lists are newest first: {@link #NEWEST_FIRST}, the order of the recent-alerts store read backwards.
 */
record AlertEntry(long detectedAt, String alertId, JsonNode json) {

    static final Comparator<AlertEntry> NEWEST_FIRST = Comparator.comparingLong(AlertEntry::detectedAt)
            .thenComparing(AlertEntry::alertId).reversed();

    static AlertEntry of(JsonNode alert) {
        return new AlertEntry(Instant.parse(alert.get("detectedAt").asText()).toEpochMilli(),
                alert.get("alertId").asText(), alert);
    }
}
