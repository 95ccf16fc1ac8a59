package io.earmark.producers.ingest;

/** Why one input line was not published: where (file, 1-based line), a reason code and a one-sentence detail. */
public record Rejection(String file, long line, String reason, String detail) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason + ": " + detail;
    }
}
