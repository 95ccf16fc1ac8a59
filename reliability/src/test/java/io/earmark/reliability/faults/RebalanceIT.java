package io.earmark.reliability.faults;

import static org.awaitility.Awaitility.await;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.reliability.fixture.Cluster;
import io.earmark.reliability.fixture.FaultRun;
import io.earmark.reliability.support.Figures;
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
        long started = System.nanoTime();
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
            await("the last instance commits progress").atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        third.failIfDead();
                        return run.progress().committed() > committedAtKill;
                    });
            figures.put("secondsFromKillToNextCommit", (System.nanoTime() - killedAt) / 1e9);

            outcome = run.awaitOutcome(Duration.ofMinutes(20));
            figures.put("events", total);
            figures.put("alertsCompared", reference.alertRecords().size());
            figures.put("fundStatusesCompared", reference.statuses().size());
            figures.put("seconds", (System.nanoTime() - started) / 1e9);
            Figures.write("rebalance", figures);
        }
        SameOutcome.assertSame(reference, outcome);
    }

    private static void reach(FaultRun run, long published) {
        await("input reaches " + published).atMost(Duration.ofMinutes(5))
                .until(() -> run.feeder().published() >= published);
        run.logProgress();
    }
}
