package io.earmark.schemas.serde;

/** The value is bigger than the decoder's configured maximum (default 1 MiB); it was not decoded. */
public class RecordTooLargeException extends DecodingException {
    private final int size;
    private final int maxBytes;

    public RecordTooLargeException(int size, int maxBytes) {
        super(TOO_LARGE, "record of " + size + " bytes exceeds the maximum of " + maxBytes + " bytes", null);
        this.size = size;
        this.maxBytes = maxBytes;
    }

    public int size() {
        return size;
    }

    public int maxBytes() {
        return maxBytes;
    }
}
