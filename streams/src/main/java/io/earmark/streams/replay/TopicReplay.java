package io.earmark.streams.replay;

import io.earmark.streams.topology.TopicNames;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;

/**
 * A replay of an event-time range of the live input topics (or any topics of the same shape). In: the cluster, the
 * source topics, [from, to], a {@link Selection}, the case. It reads the slice ({@link TopicSlice}), keeps what the
 * selection needs, copies it partition for partition into the case's own input topics (created with the source's
 * partition count), ends every case input partition with a heartbeat at {@code to}, and runs the case
 * ({@link CaseRunner}): it stops by itself once the pipeline has processed everything up to {@code to}. It only reads
 * the source topics, and writes only {@code earmark.case.NAME.*} topics and the case application's own internal
 * topics. Out: a {@link CaseResult}.
 */
public final class TopicReplay {

    /** Events may arrive this late after their eventTime and still belong to the slice. */
    public static final Duration DEFAULT_LATENESS = Duration.ofHours(2);

    private TopicReplay() {
    }

    public static CaseResult run(ReplayCluster cluster, TopicNames source, Instant from, Instant to,
                                 Selection selection, CaseSpec spec, ReplayProgress progress)
            throws InterruptedException {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("--from " + from + " must be before --to " + to);
        }
        TopicNames caseTopics = TopicNames.forCase(spec.name());
        int partitions;
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            partitions = CaseTopics.partitionsOf(admin, source.funds());
            CaseTopics.createInputs(admin, caseTopics, partitions);
        }
        progress.step("reading " + from + " .. " + to + " from " + source.funds() + ", " + source.movements() + ", "
                + source.assets());
        TopicSlice.Result slice = TopicSlice.read(cluster, source, from, to, DEFAULT_LATENESS);
        List<SpecificRecord> events = slice.records().stream().map(SliceRecord::event).toList();
        Predicate<SpecificRecord> keep = selection.over(events);
        List<SliceRecord> kept = slice.records().stream().filter(r -> keep.test(r.event())).toList();
        progress.step("slice: " + slice.records().size() + " events (left out: " + slice.heartbeats()
                + " heartbeats, " + slice.outOfRange() + " outside the range, " + slice.undecodable()
                + " invalid); copying " + kept.size() + " into the case");
        SliceCopier.copy(cluster, kept, source, caseTopics);
        HeartbeatSender.send(cluster, List.of(caseTopics.funds(), caseTopics.movements(), caseTopics.assets()), to,
                "replay:" + spec.name());
        Set<String> selected = selection.selectedFunds(events);
        CaseRunner.Runs runs = CaseRunner.run(cluster, caseTopics, partitions, spec, selected, progress);
        ReplayInput input = new ReplayInput(kept.stream().map(SliceRecord::event).toList(), to);
        String description = String.join(", ", source.funds(), source.movements(), source.assets()) + " at "
                + cluster.bootstrapServers();
        return new CaseResult(spec, description, from, input, selected, runs.run(), runs.baseline(), runs.diff());
    }
}
