package io.earmark.streams.oversight;

/**
 * Where a report's cases came from, as its last lines say: the topic and what reading it met.
 *
 * @param records     records read, every kind counted
 * @param undecodable records skipped because their bytes are no CaseEvent (or a tombstone)
 * @param refused     acts the case rules refused (as the case table refuses them)
 * @param repeated    acts with a caseEventId already applied (a retried request)
 */
public record ReportSource(String topic, long records, long undecodable, long refused, long repeated) {
}
