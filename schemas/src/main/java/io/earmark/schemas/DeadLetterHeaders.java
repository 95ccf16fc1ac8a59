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
    /**
     * For a record whose processing failed ({@code PROCESSING_FAILED}, or {@code OUT_OF_RANGE} for a sum past the
     * range of money): the stage it failed in ({@code core}, {@code owner}, ...), the channel it came by (source topic
     * or stage, and partition or task, e.g. {@code movements:3}), and the event's id and time (ISO-8601). The value is
     * then the event as the stage saw it, as JSON, and the source coordinates are those of the record being processed
     * when it failed (for an event released from a stage's event-time buffer, the record that released it).
     */
    public static final String STAGE = "earmark.dlq.stage";
    public static final String CHANNEL = "earmark.dlq.channel";
    public static final String EVENT_ID = "earmark.dlq.event.id";
    public static final String EVENT_TIME = "earmark.dlq.event.time";
    /** The Java exception that made processing fail. */
    public static final String EXCEPTION = "earmark.dlq.exception";
    /** Who wrote the dead letter: {@code pipeline}, {@code ingest}, {@code publisher}. */
    public static final String WRITER = "earmark.dlq.writer";

    private DeadLetterHeaders() {
    }
}
