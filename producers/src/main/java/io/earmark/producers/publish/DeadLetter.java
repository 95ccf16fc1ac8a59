package io.earmark.producers.publish;

import io.earmark.schemas.DeadLetterHeaders;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rejected input for {@code earmark.deadletter.v1}: the original key and value bytes, and the headers that say
 * why (reason code, one-sentence detail) and where from (source file and line, or topic coordinates), and who
 * wrote it. Header names are {@link DeadLetterHeaders}.
 */
public record DeadLetter(byte[] key, byte[] value, Map<String, String> headers) {
    public static final String INVALID_JSON = "INVALID_JSON";
    public static final String INVALID_FIELD = "INVALID_FIELD";
    public static final String PUBLISH_FAILED = "PUBLISH_FAILED";

    public DeadLetter {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** A rejected line of an ingested file: value = the raw line as UTF-8, no key, writer = ingest. */
    public static DeadLetter forLine(String file, long line, String raw, String reason, String detail) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(DeadLetterHeaders.REASON, reason);
        headers.put(DeadLetterHeaders.DETAIL, detail);
        headers.put(DeadLetterHeaders.SOURCE_FILE, file);
        headers.put(DeadLetterHeaders.SOURCE_LINE, Long.toString(line));
        headers.put(DeadLetterHeaders.WRITER, "ingest");
        return new DeadLetter(null, raw.getBytes(StandardCharsets.UTF_8), headers);
    }
}
