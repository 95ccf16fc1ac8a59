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
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;

/**
 * Reads an input directory of DESIGN.md ("Files": funds.jsonl, movements.jsonl, assets.jsonl, any may be missing)
 * for a replay. All or nothing: the first line that is not valid JSON, has a wrong field or breaks a validation rule
 * stops the read with a {@link BadInputException} naming the file, the line and the field; a replay never runs on
 * part of its input. Out: every event in eventTime order (ties: funds, movements, assets, then line order), ending at
 * the latest eventTime.
 */
public final class InputDirectory {

    private static final List<String> FILES = List.of(EventFiles.FUNDS_FILE, EventFiles.MOVEMENTS_FILE,
            EventFiles.ASSETS_FILE);

    private InputDirectory() {
    }

    public static ReplayInput read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": not a directory");
        }
        List<SpecificRecord> events = new ArrayList<>();
        for (String name : FILES) {
            Path file = dir.resolve(name);
            if (Files.exists(file)) {
                events.addAll(readFile(file, EventFiles.typeOf(name).orElseThrow()));
            }
        }
        if (events.isEmpty()) {
            throw new BadInputException(dir + ": no events (expected " + String.join(", ", FILES) + ")");
        }
        return ReplayInput.inEventTimeOrder(events);
    }

    private static List<SpecificRecord> readFile(Path file, Class<? extends SpecificRecord> type) {
        List<SpecificRecord> events = new ArrayList<>();
        try (Stream<? extends ParsedLine<? extends SpecificRecord>> lines = JsonLinesReader.stream(file, type)) {
            lines.forEach(line -> events.add(valid(file, line)));
        }
        return events;
    }

    private static SpecificRecord valid(Path file, ParsedLine<? extends SpecificRecord> line) {
        if (!line.ok()) {
            JsonLineException e = line.error();
            throw new BadInputException(file, line.lineNumber(), e.field(), e.detail());
        }
        List<Violation> violations = EventValidator.violations(line.record());
        if (!violations.isEmpty()) {
            Violation v = violations.get(0);
            throw new BadInputException(file, line.lineNumber(), v.field(),
                    "field \"" + v.field() + "\": " + v.reason());
        }
        return line.record();
    }
}
