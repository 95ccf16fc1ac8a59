package io.earmark.app;

/**
 * Keeps a replay's terminal readable: its own progress lines on stderr, and from the Kafka client, Streams and the
 * in-process broker only errors (slf4j-simple reads these properties when a logger is first created, so this runs
 * before any Kafka class logs). The broker's per-request errors are off: with transactions v2 it logs a retriable
 * sequence rejection at ERROR level, which the producer retries and the replay's own checks cover.
 */
final class QuietLogs {

    private QuietLogs() {
    }

    static void apply() {
        quiet("org.apache.kafka", "error");
        quiet("kafka", "error");
        quiet("kafka.server.ReplicaManager", "off");
        quiet("io.earmark.streams.app.EarmarkPipeline", "warn");
        quiet("io.earmark.deploy", "warn");
    }

    private static void quiet(String logger, String level) {
        System.setProperty("org.slf4j.simpleLogger.log." + logger, level);
    }
}
