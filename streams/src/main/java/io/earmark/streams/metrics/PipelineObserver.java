package io.earmark.streams.metrics;

/**
 * What the pipeline's processors report while they work, for metrics and for the HTTP API's event clock. In: calls
 * from the decode stages (each input record: an event, a heartbeat or a dead letter) and from the core stage (each
 * alert forwarded, with its latency). Out: nothing the topology depends on — an observer never changes what the
 * pipeline decides. Called from every stream thread at once: implementations must be thread-safe and cheap.
 */
public interface PipelineObserver {

    /** Observes nothing: tests and replays that need no metrics. */
    PipelineObserver NONE = new PipelineObserver() {
    };

    /** A valid event was read from {@code topic}; {@code eventTime} in epoch milliseconds. */
    default void eventRead(String topic, long eventTime) {
    }

    /** A heartbeat was read from {@code topic}: stream time reached {@code time} there. */
    default void heartbeatRead(String topic, long time) {
    }

    /** A record of {@code topic} went to the dead-letter topic for {@code reason}. */
    default void deadLettered(String topic, String reason) {
    }

    /**
     * The core stage forwarded an alert. {@code latencyMillis}: wall-clock time from when the core stage read the
     * record that triggered it to the forward (see {@link TriggerClock}), or negative when unknown.
     */
    default void alertRaised(String rule, String severity, long latencyMillis) {
    }
}
