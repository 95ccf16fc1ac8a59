package io.earmark.streams.deadletter;

/**
 * One unit of a stage's work that may fail on its own: applying one event, firing one deadline. {@code subject} is
 * what the stage was working on (an event, a deadline), written to the dead-letter topic as JSON when it fails;
 * {@code channel} is where it came from (source topic or stage, and partition or task), or the stage's own name for
 * a deadline.
 */
public record FailedWork(Object subject, String channel, String eventId, long eventTime) {
}
