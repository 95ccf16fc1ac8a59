package io.earmark.schemas.serde;

/** The bytes are null, shorter than the 5-byte header, or do not start with the magic byte 0. */
public class NotWireFormatException extends DecodingException {
    public NotWireFormatException(String message) {
        super(NOT_WIRE_FORMAT, message, null);
    }
}
