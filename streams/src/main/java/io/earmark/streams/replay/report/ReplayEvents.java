package io.earmark.streams.replay.report;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundMovement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/** The replayed movements and registrations by eventId, for the timeline and the assets of a report. */
final class ReplayEvents {

    private final Map<String, FundMovement> movements = new HashMap<>();
    private final Map<String, AssetRegistered> registrations = new HashMap<>();

    ReplayEvents(List<SpecificRecord> events) {
        for (SpecificRecord e : events) {
            if (e instanceof FundMovement m) {
                movements.putIfAbsent(m.getEventId(), m);
            } else if (e instanceof AssetRegistered a) {
                registrations.putIfAbsent(a.getEventId(), a);
            }
        }
    }

    FundMovement movement(String eventId) {
        return movements.get(eventId);
    }

    AssetRegistered registration(String eventId) {
        return registrations.get(eventId);
    }
}
