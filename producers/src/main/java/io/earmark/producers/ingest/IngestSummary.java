package io.earmark.producers.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of an ingest run: lines read, events published, lines rejected by reason, dead letters not written,
 * and the latest eventTime among the events the broker acknowledged (null when none was): where the input really
 * ends, which a line the broker refused (e.g. a timestamp far in the future) must not move.
 */
public record IngestSummary(long lines, long published, List<Rejection> rejections, long deadLetterFailures,
                            Instant latestPublished) {

    public IngestSummary {
        rejections = List.copyOf(rejections);
    }

    public Map<String, Long> rejectedByReason() {
        Map<String, Long> byReason = new TreeMap<>();
        rejections.forEach(r -> byReason.merge(r.reason(), 1L, Long::sum));
        return byReason;
    }

    /** 0 when every line was published, 1 otherwise. */
    public int exitCode() {
        return rejections.isEmpty() && deadLetterFailures == 0 ? 0 : 1;
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("lines: ").append(lines).append(", published: ").append(published)
                .append(", rejected: ").append(rejections.size()).append('\n');
        rejectedByReason().forEach((reason, count) ->
                out.append("  rejected ").append(reason).append(": ").append(count).append('\n'));
        if (deadLetterFailures > 0) {
            out.append("dead letters NOT written: ").append(deadLetterFailures).append('\n');
        }
        return out.toString();
    }
}
