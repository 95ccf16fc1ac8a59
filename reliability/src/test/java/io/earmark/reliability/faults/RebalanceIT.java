package io.earmark.reliability.faults;

import static org.awaitility.Awaitility.await;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.reliability.fixture.Cluster;
import io.earmark.reliability.fixture.FaultRun;
import io.earmark.reliability.fixture.LaunchedPipeline;
import io.earmark.reliability.fixture.Outcome;
import io.earmark.reliability.fixture.Reference;
import io.earmark.reliability.fixture.SameOutcome;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tasks move between instances while input flows: two pipeline processes share the work, a third joins at 20 % of
 * the input, the first leaves cleanly (SIGTERM) at 40 %, the second is killed (SIGKILL) at 50 %; the third finishes
 * alone. The outcome equals the reference run's.
 */
@ExtendWith(KafkaStackExtension.class)
class RebalanceIT {
    private static final double EVENTS_PER_SECOND = 2_000;

    @Test
    void shouldEndWithTheReferenceOutcomeAcrossJoinsCleanLeavesAndAHardKill(KafkaStack stack) throws Exception {
        Outcome reference = Reference.get(stack);
        Cluster cluster = new Cluster(stack.bootstrapServers(), stack.registryUrl(), (short) 1, 1);
        Map<String, Object> figures = new LinkedHashMap<>();
        Outcome outcome;
        try (FaultRun run = new FaultRun("rebalance", cluster, EVENTS_PER_SECOND)) {
            long total = run.feeder().total();
            LaunchedPipeline first = run.instance("first").start();
            LaunchedPipeline second = run.instance("second").start();
            run.feeder().allowUpTo(total * 55 / 100);
            run.feeder().start();

            reach(run, total * 20 / 100);
            LaunchedPipeline third = run.instance("third").start();
            figures.put("thirdJoinedAtPublishedCount", run.feeder().published());

            reach(run, total * 40 / 100);
            first.stop();
            figures.put("firstLeftCleanlyAtPublishedCount", run.feeder().published());

            reach(run, total * 50 / 100);
            long committedAtKill = run.progress().committed();
            second.kill();
            long killedAt = System.nanoTime();
            figures.put("secondKilledAtPublishedCount", run.feeder().published());
            run.feeder().allowUpTo(total);
            figures.put("secondsFromKillToNextCommit", run.awaitCommitsBeyond(committedAtKill, third, killedAt));

            outcome = run.awaitOutcome(Duration.ofMinutes(20));
            run.writeFigures("rebalance", reference, figures);
        }
        SameOutcome.assertSame(reference, outcome);
    }

    private static void reach(FaultRun run, long published) {
        await("input reaches " + published).atMost(Duration.ofMinutes(5))
                .until(() -> run.feeder().published() >= published);
        run.logProgress();
    }
}
