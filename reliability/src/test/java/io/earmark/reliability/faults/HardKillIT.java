package io.earmark.reliability.faults;

import static org.awaitility.Awaitility.await;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.reliability.fixture.Cluster;
import io.earmark.reliability.fixture.FaultRun;
import io.earmark.reliability.fixture.KillMoments;
import io.earmark.reliability.fixture.LaunchedPipeline;
import io.earmark.reliability.fixture.Outcome;
import io.earmark.reliability.fixture.Reference;
import io.earmark.reliability.fixture.SameOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pipeline, started through the launcher as its own OS process, is killed with SIGKILL at five seeded moments
 * while input is still flowing, and restarted at once each time. Its final alerts and fund statuses equal the
 * reference run's: nothing lost, nothing doubled.
 */
@ExtendWith(KafkaStackExtension.class)
class HardKillIT {
    private static final long SEED = 5L;
    private static final int KILLS = 5;
    private static final double EVENTS_PER_SECOND = 2_000;

    @Test
    void shouldEndWithTheReferenceOutcomeAfterFiveHardKills(KafkaStack stack) throws Exception {
        Outcome reference = Reference.get(stack);
        Cluster cluster = new Cluster(stack.bootstrapServers(), stack.registryUrl(), (short) 1, 1);
        List<Double> recoverySeconds = new ArrayList<>();
        Outcome outcome;
        try (FaultRun run = new FaultRun("hard-kill", cluster, EVENTS_PER_SECOND)) {
            long[] moments = KillMoments.of(SEED, KILLS, run.feeder().total());
            LaunchedPipeline pipeline = run.instance("only").start();
            run.feeder().allowUpTo(moments[1]);
            run.feeder().start();
            for (int k = 0; k < KILLS; k++) {
                long moment = moments[k];
                await("input reaches kill moment " + moment).atMost(Duration.ofMinutes(5))
                        .until(() -> run.feeder().published() >= moment);
                pipeline.kill();
                long killedAt = System.nanoTime();
                long committedAtKill = run.progress().committed();
                run.logProgress();
                pipeline.start();
                recoverySeconds.add(run.awaitCommitsBeyond(committedAtKill, pipeline, killedAt));
                run.feeder().allowUpTo(k + 2 < KILLS ? moments[k + 2] : Long.MAX_VALUE);
            }
            outcome = run.awaitOutcome(Duration.ofMinutes(20));
            run.writeFigures("hard-kill", reference, Map.of("killsAtPublishedCount", moments,
                    "killsSurvived", recoverySeconds.size(),
                    "secondsFromKillToFirstCommitAfterRestart", recoverySeconds));
        }
        SameOutcome.assertSame(reference, outcome);
    }
}
