package io.earmark.schemas.json;

/**
 * One non-blank line of a JSON Lines file: its 1-based number, its text (invalid UTF-8 replaced by U+FFFD), and
 * either the record or the error (with file and line filled in). Exactly one of {@code record} and {@code error}
 * is non-null.
 */
public record ParsedLine<T>(long lineNumber, String raw, T record, JsonLineException error) {

    public boolean ok() {
        return error == null;
    }
}
