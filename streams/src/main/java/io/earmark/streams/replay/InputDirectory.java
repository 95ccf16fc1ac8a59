package io.earmark.streams.replay;

import io.earmark.schemas.json.EventFiles;
import io.earmark.schemas.json.JsonLineException;
import io.earmark.schemas.json.JsonLinesReader;
import io.earmark.schemas.json.ParsedLine;
import io.earmark.schemas.validation.EventValidator;
import io.earmark.schemas.validation.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;

/**
 * Reads an input directory of DESIGN.md ("Files": funds.jsonl, movements.jsonl, assets.jsonl, any may be missing)
 * for a replay. The first line that is not valid JSON, has a wrong field or breaks a validation rule stops the read
 * with a {@link BadInputException} naming the file, the line and the field: a replay never runs on part of a broken
 * file. A well-formed event with a value beyond the bounds ({@code OUT_OF_RANGE}: the pipeline would dead-letter it)
 * is set aside and reported to the caller instead, and counts for nothing, not even the replay's end. Out: every
 * other event in eventTime order (ties: funds, movements, assets, then line order), ending at the latest eventTime.
 */
public final class InputDirectory {

    private static final List<String> FILES = List.of(EventFiles.FUNDS_FILE, EventFiles.MOVEMENTS_FILE,
            EventFiles.ASSETS_FILE);

    private InputDirectory() {
    }

    /** Reads {@code dir}, refusing an out-of-range event like any other invalid one. */
    public static ReplayInput read(Path dir) {
        return read(dir, e -> {
            throw e;
        });
    }

    /** Reads {@code dir}; each out-of-range event is handed to {@code setAside} (file, line, field) and left out. */
    public static ReplayInput read(Path dir, Consumer<BadInputException> setAside) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": not a directory");
        }
        List<SpecificRecord> events = new ArrayList<>();
        for (String name : FILES) {
            Path file = dir.resolve(name);
            if (Files.exists(file)) {
                events.addAll(readFile(file, EventFiles.typeOf(name).orElseThrow(), setAside));
            }
        }
        if (events.isEmpty()) {
            throw new BadInputException(dir + ": no events (expected " + String.join(", ", FILES) + ")");
        }
        return ReplayInput.inEventTimeOrder(events);
    }

    private static List<SpecificRecord> readFile(Path file, Class<? extends SpecificRecord> type,
                                                 Consumer<BadInputException> setAside) {
        List<SpecificRecord> events = new ArrayList<>();
        try (Stream<? extends ParsedLine<? extends SpecificRecord>> lines = JsonLinesReader.stream(file, type)) {
            lines.forEach(line -> valid(file, line, setAside).ifPresent(events::add));
        }
        return events;
    }

    private static Optional<SpecificRecord> valid(Path file, ParsedLine<? extends SpecificRecord> line,
                                                  Consumer<BadInputException> setAside) {
        if (!line.ok()) {
            JsonLineException e = line.error();
            throw new BadInputException(file, line.lineNumber(), e.field(), e.detail());
        }
        List<Violation> violations = EventValidator.violations(line.record());
        if (!violations.isEmpty()) {
            Violation v = violations.get(0);
            BadInputException bad = new BadInputException(file, line.lineNumber(), v.field(),
                    v.detail() + " (" + v.code() + ")");
            if (v.kind() != Violation.Kind.OUT_OF_RANGE) {
                throw bad;
            }
            setAside.accept(bad);
            return Optional.empty();
        }
        return Optional.of(line.record());
    }
}
