package io.earmark.deploy.topics;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between a topics definition and a cluster. In: the changes to make and notes on what apply will
 * not do (shrink partitions, change a replication factor). Out: a printable description; {@link #noChange()} when
 * the cluster already matches everything apply can change.
 */
public record TopicPlan(List<TopicChange> changes, List<String> notes) {
    public TopicPlan {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    public boolean noChange() {
        return changes.isEmpty();
    }

    /** The changes, then the notes, then a summary line ({@code No change.} or {@code N change(s).}). */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        changes.forEach(c -> lines.add(c.describe()));
        notes.forEach(n -> lines.add("! " + n));
        lines.add(changes.isEmpty() ? "No change." : changes.size() + " change(s).");
        return lines;
    }
}
