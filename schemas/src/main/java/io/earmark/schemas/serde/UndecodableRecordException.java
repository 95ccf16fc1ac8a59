package io.earmark.schemas.serde;

/**
 * The header was fine but the Avro body was not: truncated, garbage, trailing bytes, a writer schema that
 * cannot be resolved to the expected class, or a record name no Earmark class has.
 */
public class UndecodableRecordException extends DecodingException {
    public UndecodableRecordException(String message) {
        super(UNDECODABLE, message, null);
    }

    public UndecodableRecordException(String message, Throwable cause) {
        super(UNDECODABLE, message, cause);
    }
}
