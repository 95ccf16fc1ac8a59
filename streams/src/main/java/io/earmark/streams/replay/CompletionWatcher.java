package io.earmark.streams.replay;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;

/**
 * Decides when a bounded replay is over: every record written to any partition the pipeline reads (inputs, repartition
 * topics, kickback signals) has been processed and committed, and nothing more is coming. In: the running Kafka
 * Streams instance (which partitions its tasks read), an admin client (committed and end offsets). Out: returns when
 * done; throws when the pipeline failed or the timeout passed.
 *
 * <p>Why this is sound (docs/replay.md has the long version). Under exactly-once a task commits its input offsets in
 * the same transaction as everything its processing wrote, so "committed = end (read_committed) on every source
 * partition", with the committed offsets read first, means that every record written anywhere so far has been
 * processed and its consequences are visible. The pipeline's stages write on their own only when a watermark moves,
 * and the input ends with heartbeats on every partition, which move each stage's final watermark at once (never
 * later, from the wall-clock punctuator). Two settled looks in a row, with no end offset moved in between, the
 * outputs' included, rule out a commit that raced the first look.
 */
public final class CompletionWatcher {

    /** The admin client's own default.api.timeout.ms: how long a look may wait for the broker. */
    private static final Duration ADMIN_TIMEOUT = Duration.ofMinutes(1);

    private final Admin admin;
    private final String groupId;
    private final KafkaStreams streams;
    private final Set<TopicPartition> required;
    private final Set<TopicPartition> outputs;
    private final Duration interval;

    /**
     * @param required partitions the pipeline must be reading before it can be done (the case's input partitions)
     * @param outputs  partitions whose end offsets must stand still too (alerts, fund status, dead letters)
     */
    public CompletionWatcher(Admin admin, String groupId, KafkaStreams streams, Set<TopicPartition> required,
                             Set<TopicPartition> outputs, Duration interval) {
        this.admin = admin;
        this.groupId = groupId;
        this.streams = streams;
        this.required = Set.copyOf(required);
        this.outputs = Set.copyOf(outputs);
        this.interval = interval;
    }

    /**
     * Waits until done.
     *
     * @param failure what stopped the pipeline, if anything (checked on every look)
     * @param lag     told the records still to process after each look
     */
    public void awaitDone(Duration timeout, Supplier<Throwable> failure, LongConsumer lag)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        OffsetSnapshot previous = null;
        while (true) {
            failIfStopped(failure);
            OffsetSnapshot current = streams.state() == KafkaStreams.State.RUNNING ? look() : null;
            if (current != null) {
                lag.accept(current.lag());
                if (current.confirms(previous, required)) {
                    return;
                }
            }
            previous = current;
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the replay did not finish within " + timeout + " ("
                        + (current == null ? "pipeline state " + streams.state() : current.lag() + " records left")
                        + ")");
            }
            Thread.sleep(interval.toMillis());
        }
    }

    private void failIfStopped(Supplier<Throwable> failure) {
        Throwable cause = failure.get();
        KafkaStreams.State state = streams.state();
        if (cause != null || state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR
                || state == KafkaStreams.State.NOT_RUNNING || state == KafkaStreams.State.PENDING_SHUTDOWN) {
            throw new IllegalStateException("the pipeline stopped (" + state + ")"
                    + (cause == null ? "" : ": " + cause.getMessage()), cause);
        }
    }

    /** Committed offsets first, then end offsets: see the class comment. */
    OffsetSnapshot look() throws InterruptedException {
        try {
            return OffsetSnapshot.take(admin, groupId, sourcePartitions(), outputs, ADMIN_TIMEOUT);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("cannot read offsets of " + groupId + ": " + cause.getMessage(), cause);
        }
    }

    /** The partitions this instance's active tasks read; a replay runs one instance, so that is all of them. */
    private Set<TopicPartition> sourcePartitions() {
        Set<TopicPartition> partitions = new HashSet<>();
        for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
            for (TaskMetadata task : thread.activeTasks()) {
                partitions.addAll(task.topicPartitions());
            }
        }
        return partitions;
    }
}
