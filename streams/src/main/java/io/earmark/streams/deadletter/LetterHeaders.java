package io.earmark.streams.deadletter;

import io.earmark.schemas.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** The headers of one of the pipeline's dead letters ({@link DeadLetterHeaders}): why, where from, written by whom. */
public final class LetterHeaders {

    private final Headers headers = new RecordHeaders();

    private LetterHeaders() {
    }

    /** A reason code and its detail sentence. */
    public static LetterHeaders of(String reason, String detail) {
        return new LetterHeaders().with(DeadLetterHeaders.REASON, reason)
                .with(DeadLetterHeaders.DETAIL, detail == null ? reason : detail);
    }

    /** Adds a header; a null value is left out. */
    public LetterHeaders with(String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    /** The coordinates of the record read: topic (left out when unknown), partition and offset. */
    public LetterHeaders source(String topic, int partition, long offset) {
        return with(DeadLetterHeaders.SOURCE_TOPIC, topic)
                .with(DeadLetterHeaders.SOURCE_PARTITION, Integer.toString(partition))
                .with(DeadLetterHeaders.SOURCE_OFFSET, Long.toString(offset));
    }

    /** The headers, signed as written by the pipeline. */
    public Headers build() {
        return with(DeadLetterHeaders.WRITER, "pipeline").headers;
    }
}
