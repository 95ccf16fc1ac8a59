package io.earmark.streams.replay;

import java.nio.file.Path;

/** An input line a replay cannot use: the file, the 1-based line and what is wrong with it (the field, when known). */
public final class BadInputException extends RuntimeException {

    private final Path file;
    private final long line;
    private final String field;

    public BadInputException(Path file, long line, String field, String detail) {
        super(file + ":" + line + ": " + detail);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public BadInputException(String message) {
        super(message);
        this.file = null;
        this.line = 0;
        this.field = null;
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    /** The offending field, or null for a line that is wrong as a whole. */
    public String field() {
        return field;
    }
}
