package io.earmark.producers.ingest;

import io.earmark.producers.publish.DeadLetter;
import io.earmark.producers.publish.DeadLetterPublisher;
import io.earmark.producers.publish.EventPublisher;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Publishes merged input lines (see {@link InputMerger}). In: lines in order. Out: each valid event published
 * with {@link EventPublisher}; each rejected line reported on the error stream with file, line and reason and
 * written to the dead-letter topic (raw line, reason, source file and line). An event the broker refuses is
 * rejected too ({@code PUBLISH_FAILED}). Waits for every acknowledgement before returning the summary.
 */
public final class Ingest {
    private final EventPublisher events;
    private final DeadLetterPublisher deadLetters;
    private final PrintWriter errors;

    private record Sent(InputLine line, CompletableFuture<RecordMetadata> ack) {
    }

    public Ingest(EventPublisher events, DeadLetterPublisher deadLetters, PrintWriter errors) {
        this.events = events;
        this.deadLetters = deadLetters;
        this.errors = errors;
    }

    public IngestSummary run(List<InputLine> lines, Progress progress) {
        List<Sent> sent = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<CompletableFuture<RecordMetadata>> letters = new ArrayList<>();
        long done = 0;
        for (InputLine line : lines) {
            if (line.ok()) {
                sent.add(new Sent(line, events.publishEvent(line.event())));
            } else {
                letters.add(reject(line.rejection(), line.raw(), rejections));
            }
            progress.update(++done);
        }
        events.flush();
        long published = 0;
        Instant latestPublished = null;
        for (Sent s : sent) {
            try {
                s.ack().join();
                published++;
                Instant time = s.line().eventTime();
                latestPublished = latestPublished == null || time.isAfter(latestPublished) ? time : latestPublished;
            } catch (CompletionException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                letters.add(reject(new Rejection(s.line().file(), s.line().lineNumber(), DeadLetter.PUBLISH_FAILED,
                        cause.getClass().getSimpleName() + ": " + cause.getMessage()), s.line().raw(), rejections));
            }
        }
        deadLetters.flush();
        long letterFailures = letters.stream().filter(Ingest::failed).count();
        progress.finish(done);
        return new IngestSummary(lines.size(), published, rejections, letterFailures, latestPublished);
    }

    private CompletableFuture<RecordMetadata> reject(Rejection r, String raw, List<Rejection> rejections) {
        rejections.add(r);
        errors.println("rejected " + r);
        errors.flush();
        return deadLetters.publish(DeadLetter.forLine(r.file(), r.line(), raw, r.reason(), r.detail()));
    }

    private static boolean failed(CompletableFuture<RecordMetadata> letter) {
        try {
            letter.join();
            return false;
        } catch (CompletionException e) {
            return true;
        }
    }
}
