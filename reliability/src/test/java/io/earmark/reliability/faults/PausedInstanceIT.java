package io.earmark.reliability.faults;

import static org.awaitility.Awaitility.await;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.reliability.fixture.Cluster;
import io.earmark.reliability.fixture.FaultRun;
import io.earmark.reliability.fixture.InstanceHealth;
import io.earmark.reliability.fixture.KillMoments;
import io.earmark.reliability.fixture.LaunchedPipeline;
import io.earmark.reliability.fixture.NativeAborts;
import io.earmark.reliability.fixture.Outcome;
import io.earmark.reliability.fixture.Reference;
import io.earmark.reliability.fixture.SameOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An instance freezes past its session timeout and comes back, as after a long GC pause or a suspended VM: two
 * pipeline processes share the work; at three seeded moments, while input flows, one of them (each in turn) is
 * SIGSTOPped for {@value #PAUSE_SECONDS} s, well past Earmark's 10 s {@code session.timeout.ms}, then SIGCONTed.
 * Each time the group must rebalance the frozen member out, and the resumed process must be fenced and rejoin
 * (healthy again, the group stable with both members) or exit cleanly (code 0), as DESIGN.md allows; it must never
 * abort (no crash file, no native abort in its output), although its {@code /metrics} is scraped while it closes the
 * tasks it lost. The outcome equals the reference run's: the frozen work produced no duplicate and lost nothing.
 */
@ExtendWith(KafkaStackExtension.class)
class PausedInstanceIT {
    private static final long SEED = 25L;
    private static final int PAUSES = 3;
    private static final long PAUSE_SECONDS = 25;
    private static final double EVENTS_PER_SECOND = 2_000;

    @Test
    void shouldFenceAndRejoinAnInstancePausedPastItsSessionTimeoutWithoutAbortOrDuplicate(KafkaStack stack)
            throws Exception {
        Outcome reference = Reference.get(stack);
        Cluster cluster = new Cluster(stack.bootstrapServers(), stack.registryUrl(), (short) 1, 1);
        List<Map<String, Object>> rounds = new ArrayList<>();
        List<LaunchedPipeline> instances;
        Outcome outcome;
        try (FaultRun run = new FaultRun("paused", cluster, EVENTS_PER_SECOND)) {
            long[] moments = KillMoments.of(SEED, PAUSES, run.feeder().total());
            instances = List.of(run.instance("first").start(), run.instance("second").start());
            run.feeder().allowUpTo(moments[1]);
            run.feeder().start();
            for (int k = 0; k < PAUSES; k++) {
                long moment = moments[k];
                await("input reaches pause moment " + moment).atMost(Duration.ofMinutes(5))
                        .until(() -> run.feeder().published() >= moment);
                rounds.add(pauseAndResume(run, instances.get(k % 2), instances.get((k + 1) % 2)));
                run.feeder().allowUpTo(k + 2 < PAUSES ? moments[k + 2] : Long.MAX_VALUE);
            }
            outcome = run.awaitOutcome(Duration.ofMinutes(20));
            instances.forEach(NativeAborts::assertNone);
            run.writeFigures("paused-instance", reference, Map.of("pauseMomentsPublishedCount", moments,
                    "pauseSeconds", PAUSE_SECONDS, "rounds", rounds));
        }
        // stopped with SIGTERM by now: their exit codes say so, but no native abort may show on the way out either
        instances.forEach(NativeAborts::assertNoNativeAbort);
        SameOutcome.assertSame(reference, outcome);
    }

    /** One round: freeze {@code paused}, wait until the group has dropped it and the pause is over, resume it. */
    private static Map<String, Object> pauseAndResume(FaultRun run, LaunchedPipeline paused, LaunchedPipeline other)
            throws InterruptedException {
        awaitBothMembers(run, paused, other, "before the pause");
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("pausedInstance", paused.dir().getFileName().toString());
        round.put("pausedAtPublishedCount", run.feeder().published());
        run.logProgress();
        paused.pause();
        long stoppedAt = System.nanoTime();
        await("the group rebalances the paused member out").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    other.failIfDead();
                    return run.progress().stableMembers() == 1;
                });
        round.put("secondsFromPauseToGroupWithoutIt", seconds(stoppedAt));
        // The fault itself: the process stays frozen for a fixed PAUSE_SECONDS in all (a long GC pause does not end
        // when the group notices it); a time-based condition, since nothing observable marks the pause's end.
        await("the pause of " + PAUSE_SECONDS + " s ends").atMost(Duration.ofSeconds(PAUSE_SECONDS + 5))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> System.nanoTime() - stoppedAt >= PAUSE_SECONDS * 1_000_000_000L);
        paused.resume();
        long resumedAt = System.nanoTime();
        round.put("secondsPaused", seconds(stoppedAt));
        round.put("resumedAtPublishedCount", run.feeder().published());
        await("the resumed instance rejoins or exits cleanly").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    other.failIfDead();
                    NativeAborts.assertNone(paused);
                    InstanceHealth.scrape(paused); // as a Prometheus would, while the fenced instance closes tasks
                    // right after SIGCONT /health still shows the state from before the pause: ask the group first
                    return paused.exitCode().isPresent()
                            || run.progress().stableMembers() == 2 && InstanceHealth.healthy(paused);
                });
        if (paused.exitCode().isPresent()) {
            round.put("secondsFromResumeToCleanExit", seconds(resumedAt));
            paused.start(); // an operator's supervisor restarts a cleanly exited instance
        } else {
            round.put("secondsFromResumeToRejoined", seconds(resumedAt));
        }
        run.logProgress();
        return round;
    }

    private static void awaitBothMembers(FaultRun run, LaunchedPipeline a, LaunchedPipeline b, String when) {
        await("both instances are members and healthy " + when).atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    a.failIfDead();
                    b.failIfDead();
                    return run.progress().stableMembers() == 2 && InstanceHealth.healthy(a)
                            && InstanceHealth.healthy(b);
                });
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
