package io.earmark.schemas.json;

/**
 * A JSON Lines line that is not a valid event: which file and line (when known), which field (null when the
 * line as a whole is wrong), what was expected and what was found. Message, for example:
 * {@code movements.jsonl:17: field "amount": expected an integer (tiyn), got "12.5"}.
 */
public class JsonLineException extends RuntimeException {
    private final String file;
    private final long lineNumber;
    private final String field;
    private final String expected;
    private final String actual;

    /** An error without location; {@code field} and {@code actual} may be null. */
    public JsonLineException(String field, String expected, String actual) {
        this(null, 0, field, expected, actual, null);
    }

    public JsonLineException(String field, String expected, String actual, Throwable cause) {
        this(null, 0, field, expected, actual, cause);
    }

    private JsonLineException(String file, long lineNumber, String field, String expected, String actual, Throwable cause) {
        super(location(file, lineNumber) + detail(field, expected, actual), cause);
        this.file = file;
        this.lineNumber = lineNumber;
        this.field = field;
        this.expected = expected;
        this.actual = actual;
    }

    /** A copy naming the file and the 1-based line number. */
    public JsonLineException withLocation(String file, long lineNumber) {
        return new JsonLineException(file, lineNumber, field, expected, actual, getCause());
    }

    /** The file name, or null when unknown. */
    public String file() {
        return file;
    }

    /** The 1-based line number, or 0 when unknown. */
    public long lineNumber() {
        return lineNumber;
    }

    /** The field path (e.g. {@code amount}, {@code evidence[0].eventTime}), or null for a whole-line error. */
    public String field() {
        return field;
    }

    /** What the field or line should have been. */
    public String expected() {
        return expected;
    }

    /** What was found (quoted JSON for values), or null. */
    public String actual() {
        return actual;
    }

    /** The message without the location prefix. */
    public String detail() {
        return detail(field, expected, actual);
    }

    private static String location(String file, long lineNumber) {
        if (file != null && lineNumber > 0) {
            return file + ":" + lineNumber + ": ";
        }
        if (file != null) {
            return file + ": ";
        }
        return lineNumber > 0 ? "line " + lineNumber + ": " : "";
    }

    private static String detail(String field, String expected, String actual) {
        String where = field == null ? "" : "field \"" + field + "\": ";
        return where + "expected " + expected + (actual == null ? "" : ", got " + actual);
    }
}
