package io.earmark.reliability.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An input directory made of fuzzed lines: each line goes to the end of its file, one line per line number
 * (1-based, no blank lines). Out: which fuzzed line is at which file and line number.
 */
final class FuzzedInput {
    private final Map<String, List<FuzzedLine>> byFile = new LinkedHashMap<>();

    private FuzzedInput() {
    }

    static FuzzedInput write(Path dir, List<FuzzedLine> lines) {
        FuzzedInput input = new FuzzedInput();
        lines.forEach(line -> input.byFile.computeIfAbsent(line.file(), f -> new ArrayList<>()).add(line));
        input.byFile.forEach((file, fileLines) -> {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            fileLines.forEach(line -> {
                content.writeBytes(line.bytes());
                content.write('\n');
            });
            try {
                Files.write(dir.resolve(file), content.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return input;
    }

    /** The line written at {@code file}:{@code lineNumber}, or null when there is none. */
    FuzzedLine at(String file, long lineNumber) {
        List<FuzzedLine> lines = byFile.getOrDefault(file, List.of());
        return lineNumber >= 1 && lineNumber <= lines.size() ? lines.get((int) (lineNumber - 1)) : null;
    }

    /** Every line written, with its file and line number. */
    List<Located> located() {
        List<Located> all = new ArrayList<>();
        byFile.forEach((file, lines) -> {
            for (int i = 0; i < lines.size(); i++) {
                all.add(new Located(file, i + 1, lines.get(i)));
            }
        });
        return all;
    }

    record Located(String file, long lineNumber, FuzzedLine line) {
    }
}
