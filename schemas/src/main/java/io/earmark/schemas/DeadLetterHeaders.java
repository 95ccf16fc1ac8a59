package io.earmark.schemas;

/**
 * Header names on {@code earmark.deadletter.v1} records. The record's key and value are the original bytes
 * (or, for a rejected file line, the raw line as UTF-8); these headers say why and where from.
 */
public final class DeadLetterHeaders {
    /** Machine-readable reason code, e.g. {@code UNDECODABLE}, {@code UNKNOWN_SCHEMA_ID}, {@code INVALID_FIELD}. */
    public static final String REASON = "earmark.dlq.reason";
    /** One human sentence with the detail (field name, expected value, exception message). */
    public static final String DETAIL = "earmark.dlq.detail";
    /** Source topic (for records read from Kafka) or source file (for ingested lines). */
    public static final String SOURCE_TOPIC = "earmark.dlq.source.topic";
    public static final String SOURCE_PARTITION = "earmark.dlq.source.partition";
    public static final String SOURCE_OFFSET = "earmark.dlq.source.offset";
    public static final String SOURCE_FILE = "earmark.dlq.source.file";
    public static final String SOURCE_LINE = "earmark.dlq.source.line";
    /** Who wrote the dead letter: {@code pipeline}, {@code ingest}, {@code publisher}. */
    public static final String WRITER = "earmark.dlq.writer";

    private DeadLetterHeaders() {
    }
}
