package io.earmark.streams.replay;

import io.earmark.streams.topology.TopicNames;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;

/**
 * A replay of events (an input directory, see {@link InputDirectory}) on a cluster the caller provides, usually a
 * local stack of its own. In: the events in event-time order, the case, the partition count of the case's inputs.
 * The events go to the case's input topics, then a heartbeat at the latest eventTime to every input partition, then
 * the pipeline runs until done ({@link CompletionWatcher}). Out: a {@link CaseResult}; its run's alerts are the
 * replay's output.
 */
public final class FilesReplay {

    private FilesReplay() {
    }

    public static CaseResult run(ReplayCluster cluster, String source, ReplayInput input, CaseSpec spec,
                                 int partitions, Set<String> reportFunds, ReplayProgress progress)
            throws InterruptedException {
        TopicNames topics = TopicNames.forCase(spec.name());
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            CaseTopics.createInputs(admin, topics, partitions);
        }
        progress.step("publishing " + input.events().size() + " events to " + partitions + " partitions");
        CasePublisher.publish(cluster, input.events(), topics, sent -> { });
        HeartbeatSender.send(cluster, List.of(topics.funds(), topics.movements(), topics.assets()), input.end(),
                "replay:" + spec.name());
        progress.step("published; stream time ends at " + input.end());
        CaseRunner.Runs runs = CaseRunner.run(cluster, topics, partitions, spec, reportFunds, progress);
        return new CaseResult(spec, source, null, input, reportFunds, runs.run(), runs.baseline(), runs.diff());
    }
}
