package io.earmark.streams.replay;

import io.earmark.streams.topology.TopicNames;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One pipeline run of a replay: its application id (its consumer group, internal topics and state), the topics it
 * reads and writes, its rules file (null: the shipped rules, which the live pipeline runs), stream threads, and how
 * long it may take.
 */
public record RunSpec(String applicationId, TopicNames topics, Path rulesFile, int threads, Duration timeout) {

    public RunSpec {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }
}
