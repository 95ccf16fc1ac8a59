package io.earmark.producers.ingest;

import io.earmark.schemas.json.EventFiles;
import io.earmark.schemas.json.JsonLineException;
import io.earmark.schemas.json.JsonLinesReader;
import io.earmark.schemas.json.ParsedLine;
import io.earmark.schemas.validation.EventValidator;
import io.earmark.schemas.validation.Violation;
import io.earmark.producers.publish.DeadLetter;
import org.apache.avro.specific.SpecificRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an input directory (funds.jsonl, movements.jsonl, assets.jsonl; any may be missing) and merges the files
 * into one sequence in eventTime order: each file's lines keep their order, and the next line is always the
 * file head with the smallest eventTime (ties: funds, then movements, then assets). A line that cannot be parsed
 * or breaks a validation rule becomes a rejected {@link InputLine} and is emitted as soon as it is a file's head.
 * So does an event dated more than {@link #FUTURE_TOLERANCE} after the wall clock: events report what happened,
 * and the broker refuses such a timestamp ({@code log.message.timestamp.after.max.ms}, 1 hour by default) together
 * with every good event that shares its produce batch.
 */
public final class InputMerger {
    public static final List<String> FILES = List.of(EventFiles.FUNDS_FILE, EventFiles.MOVEMENTS_FILE,
            EventFiles.ASSETS_FILE);
    public static final Duration FUTURE_TOLERANCE = Duration.ofHours(1);

    private InputMerger() {
    }

    public static List<InputLine> merge(Path dir) {
        Instant latestAllowed = Instant.now().plus(FUTURE_TOLERANCE);
        List<List<InputLine>> files = new ArrayList<>();
        for (String name : FILES) {
            Path file = dir.resolve(name);
            files.add(Files.exists(file) ? read(file, name, latestAllowed) : List.of());
        }
        return merge(files);
    }

    static List<InputLine> merge(List<List<InputLine>> files) {
        int[] next = new int[files.size()];
        List<InputLine> out = new ArrayList<>();
        while (true) {
            int best = -1;
            for (int f = 0; f < files.size(); f++) {
                if (next[f] < files.get(f).size() && (best < 0 || before(files.get(f).get(next[f]),
                        files.get(best).get(next[best])))) {
                    best = f;
                }
            }
            if (best < 0) {
                return out;
            }
            out.add(files.get(best).get(next[best]++));
        }
    }

    /** A rejected line goes first; otherwise the earlier eventTime. Equal: the file that comes first wins. */
    private static boolean before(InputLine a, InputLine b) {
        if (!b.ok()) {
            return false;
        }
        return !a.ok() || a.eventTime().isBefore(b.eventTime());
    }

    private static List<InputLine> read(Path file, String name, Instant latestAllowed) {
        Class<? extends SpecificRecord> type = EventFiles.typeOf(name).orElseThrow();
        List<InputLine> lines = new ArrayList<>();
        for (ParsedLine<? extends SpecificRecord> parsed : JsonLinesReader.readAll(file, type)) {
            lines.add(toInputLine(name, parsed, latestAllowed));
        }
        return lines;
    }

    static InputLine toInputLine(String name, ParsedLine<? extends SpecificRecord> parsed, Instant latestAllowed) {
        long n = parsed.lineNumber();
        if (!parsed.ok()) {
            JsonLineException e = parsed.error();
            String reason = e.field() == null ? DeadLetter.INVALID_JSON : DeadLetter.INVALID_FIELD;
            return new InputLine(name, n, parsed.raw(), null, null, new Rejection(name, n, reason, e.detail()));
        }
        List<Violation> violations = EventValidator.violations(parsed.record());
        if (!violations.isEmpty()) {
            Violation v = violations.get(0);
            return new InputLine(name, n, parsed.raw(), null, null, new Rejection(name, n, v.code(), v.detail()));
        }
        SpecificRecord event = parsed.record();
        Instant time = (Instant) event.get(event.getSchema().getField("eventTime").pos());
        if (time.isAfter(latestAllowed)) {
            return new InputLine(name, n, parsed.raw(), null, null, new Rejection(name, n, DeadLetter.INVALID_FIELD,
                    "field \"eventTime\": must not be in the future (after " + latestAllowed + "), was " + time));
        }
        return new InputLine(name, n, parsed.raw(), event, time, null);
    }
}
