package io.earmark.schemas.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.avro.specific.SpecificRecord;

/**
 * Reads a JSON Lines file of one record type. In: a file (UTF-8) or a stream and its name. Out: one
 * {@link ParsedLine} per non-blank line, in order, with either the record or the error located by file name and
 * line number. A bad line (invalid JSON or UTF-8, a wrong field, longer than 1 MiB) is reported, never thrown,
 * and reading goes on; only I/O failures end the read ({@link UncheckedIOException}).
 */
public final class JsonLinesReader {
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

    private JsonLinesReader() {
    }

    /** All lines of {@code file}, parsed; errors name the file by its file name. */
    public static <T extends SpecificRecord> List<ParsedLine<T>> readAll(Path file, Class<T> type) {
        try (Stream<ParsedLine<T>> lines = stream(file, type)) {
            return lines.toList();
        }
    }

    /** The lines of {@code file}, parsed lazily; close the stream to close the file. */
    public static <T extends SpecificRecord> Stream<ParsedLine<T>> stream(Path file, Class<T> type) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
        return stream(in, String.valueOf(file.getFileName()), type);
    }

    /** The lines of {@code in}, parsed lazily, errors naming {@code fileName}; closing the stream closes {@code in}. */
    public static <T extends SpecificRecord> Stream<ParsedLine<T>> stream(InputStream in, String fileName, Class<T> type) {
        Iterator<ParsedLine<T>> lines = new ParsedLines<>(new Utf8LineReader(in, DEFAULT_MAX_LINE_BYTES), fileName, type);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Pulls lines, skips blank ones and parses the rest. */
    private static final class ParsedLines<T extends SpecificRecord> implements Iterator<ParsedLine<T>> {
        private final Utf8LineReader reader;
        private final String fileName;
        private final Class<T> type;
        private ParsedLine<T> next;

        ParsedLines(Utf8LineReader reader, String fileName, Class<T> type) {
            this.reader = reader;
            this.fileName = fileName;
            this.type = type;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                Utf8LineReader.Line line;
                try {
                    line = reader.next();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + fileName, e);
                }
                if (line == null) {
                    return false;
                }
                if (line.problem() != null || !line.text().isBlank()) {
                    next = parse(line);
                }
            }
            return true;
        }

        @Override
        public ParsedLine<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ParsedLine<T> line = next;
            next = null;
            return line;
        }

        private ParsedLine<T> parse(Utf8LineReader.Line line) {
            if (line.problem() != null) {
                return new ParsedLine<>(line.number(), line.text(), null, line.problem().withLocation(fileName, line.number()));
            }
            try {
                return new ParsedLine<>(line.number(), line.text(), JsonLines.read(line.text(), type), null);
            } catch (JsonLineException e) {
                return new ParsedLine<>(line.number(), line.text(), null, e.withLocation(fileName, line.number()));
            }
        }
    }
}
