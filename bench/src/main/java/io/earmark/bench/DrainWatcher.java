package io.earmark.bench;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;

/** Waits for a Kafka Streams application to reach a state, or to catch up with everything written. */
public final class DrainWatcher {

    private static final long POLL_MS = 200;

    private DrainWatcher() {
    }

    public static void awaitState(KafkaStreams streams, KafkaStreams.State state, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != state) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("streams did not reach " + state + " within " + timeout
                        + " (now " + streams.state() + ")");
            }
            Thread.sleep(POLL_MS);
        }
    }

    /**
     * Returns the {@link System#nanoTime()} at which the group's lag first reached zero and then stayed zero with
     * unchanged committed offsets for a full second.
     */
    public static long awaitCaughtUp(String bootstrap, String groupId, int minPartitions, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            long zeroSince = -1;
            long committedThen = -1;
            while (System.nanoTime() < deadline) {
                ConsumerGroupLag.Snapshot snap = ConsumerGroupLag.snapshot(admin, groupId, minPartitions);
                long now = System.nanoTime();
                if (snap.lag() == 0 && zeroSince >= 0 && snap.committed() == committedThen) {
                    if (now - zeroSince >= 1_000_000_000L) {
                        return zeroSince;
                    }
                } else if (snap.lag() == 0) {
                    zeroSince = now;
                    committedThen = snap.committed();
                } else {
                    zeroSince = -1;
                }
                Thread.sleep(POLL_MS);
            }
        }
        throw new IllegalStateException("group " + groupId + " did not catch up within " + timeout);
    }
}
