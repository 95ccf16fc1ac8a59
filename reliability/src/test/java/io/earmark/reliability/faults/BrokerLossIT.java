package io.earmark.reliability.faults;

import static org.awaitility.Awaitility.await;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.reliability.fixture.FaultRun;
import io.earmark.reliability.fixture.LaunchedPipeline;
import io.earmark.reliability.fixture.Outcome;
import io.earmark.reliability.fixture.Reference;
import io.earmark.reliability.fixture.SameOutcome;
import io.earmark.reliability.fixture.ThreeBrokers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A three-broker cluster (replication factor 3, min.insync.replicas=2) loses the broker that coordinates the
 * pipeline's group while input flows; it comes back later. The pipeline carries on without anyone touching it,
 * and ends with the reference run's alerts and fund statuses.
 */
@ExtendWith(KafkaStackExtension.class)
class BrokerLossIT {
    private static final double EVENTS_PER_SECOND = 2_000;

    @Test
    void shouldEndWithTheReferenceOutcomeWhenABrokerIsLostAndComesBack(KafkaStack stack) throws Exception {
        Outcome reference = Reference.get(stack);
        Map<String, Object> figures = new LinkedHashMap<>();
        Outcome outcome;
        try (ThreeBrokers brokers = ThreeBrokers.start();
             FaultRun run = new FaultRun("broker-loss", brokers.cluster(stack.registryUrl()), EVENTS_PER_SECOND);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                     brokers.bootstrapServers()))) {
            long total = run.feeder().total();
            LaunchedPipeline pipeline = run.instance("only").start();
            run.feeder().allowUpTo(total * 2 / 3);
            run.feeder().start();

            await("input reaches 30 %").atMost(Duration.ofMinutes(5))
                    .until(() -> run.feeder().published() >= total * 3 / 10);
            int lost = coordinatorOf(admin, run.topics().applicationId());
            long committedAtLoss = run.progress().committed();
            brokers.stopBroker(lost);
            long lostAt = System.nanoTime();
            run.logProgress();
            figures.put("brokerStopped", lost);
            figures.put("stoppedAtPublishedCount", run.feeder().published());
            figures.put("secondsFromBrokerLossToNextCommit",
                    run.awaitCommitsBeyond(committedAtLoss, pipeline, lostAt));

            await("input reaches 65 %").atMost(Duration.ofMinutes(5))
                    .until(() -> run.feeder().published() >= total * 65 / 100);
            brokers.startBroker(lost);
            figures.put("secondsWithoutTheBroker", (System.nanoTime() - lostAt) / 1e9);
            run.feeder().allowUpTo(total);

            outcome = run.awaitOutcome(Duration.ofMinutes(20));
            run.writeFigures("broker-loss", reference, figures);
        }
        SameOutcome.assertSame(reference, outcome);
    }

    /** The broker that coordinates the pipeline's consumer group: the harshest one to lose. */
    private static int coordinatorOf(Admin admin, String group) throws Exception {
        return admin.describeConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS).get(group)
                .coordinator().id();
    }
}
