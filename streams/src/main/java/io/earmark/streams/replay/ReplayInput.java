package io.earmark.streams.replay;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;

/**
 * The events of one replay in the order they are published, and the instant the replay ends at: after the last
 * event every input partition gets a heartbeat at {@code end}, so deadlines before it fire and the others do not
 * (DESIGN.md, "Deadlines and quiet partitions").
 */
public record ReplayInput(List<SpecificRecord> events, Instant end) {

    public ReplayInput {
        events = List.copyOf(events);
        Objects.requireNonNull(end, "end");
    }

    /** The events sorted by eventTime (a stable sort: equal times keep their order), ending at the latest one. */
    public static ReplayInput inEventTimeOrder(List<? extends SpecificRecord> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a replay needs at least one event");
        }
        List<SpecificRecord> sorted = events.stream().map(e -> (SpecificRecord) e)
                .sorted(Comparator.comparing(InputEvents::eventTime)).toList();
        return new ReplayInput(sorted, InputEvents.eventTime(sorted.get(sorted.size() - 1)));
    }
}
