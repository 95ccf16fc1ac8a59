package io.earmark.app.demo;

import java.time.Duration;

/**
 * What {@code ./earmark demo} runs: preferred ports (0 = any free one; a busy one is replaced by a free one), the
 * topics' partition count, the simulator's settings per round, the simulated clock's speed (wall-clock time per
 * simulated day) and the heartbeat interval (wall clock).
 */
public record DemoSettings(int kafkaPort, int registryPort, int httpPort, int partitions, int funds, int days,
                           double fraudRate, long seed, Duration wallPerDay, Duration tickEvery) {
}
