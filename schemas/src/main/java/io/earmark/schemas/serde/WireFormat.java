package io.earmark.schemas.serde;

/**
 * The Confluent wire format: byte 0 is the magic byte {@code 0x00}, bytes 1..4 the schema id as a big-endian
 * int32, the rest the Avro binary encoding of the record. In: ids and bodies; out: framed bytes, and back.
 */
public final class WireFormat {
    public static final byte MAGIC_BYTE = 0x0;
    public static final int SCHEMA_ID_SIZE = 4;
    public static final int HEADER_SIZE = 1 + SCHEMA_ID_SIZE;

    private WireFormat() {
    }

    /** The 5 header bytes for {@code schemaId}. */
    public static byte[] header(int schemaId) {
        return new byte[] {MAGIC_BYTE, (byte) (schemaId >>> 24), (byte) (schemaId >>> 16),
            (byte) (schemaId >>> 8), (byte) schemaId};
    }

    /** Header followed by {@code avroBody}. */
    public static byte[] frame(int schemaId, byte[] avroBody) {
        byte[] framed = new byte[HEADER_SIZE + avroBody.length];
        System.arraycopy(header(schemaId), 0, framed, 0, HEADER_SIZE);
        System.arraycopy(avroBody, 0, framed, HEADER_SIZE, avroBody.length);
        return framed;
    }

    /**
     * Checks the header and returns the schema id.
     *
     * @throws NotWireFormatException if {@code framed} is null, shorter than the header or has a wrong magic byte
     */
    public static int readSchemaId(byte[] framed) {
        if (framed == null) {
            throw new NotWireFormatException("null is not a Confluent wire-format record");
        }
        if (framed.length < HEADER_SIZE) {
            throw new NotWireFormatException(framed.length + " bytes are too short for a Confluent wire-format record "
                    + "(at least " + HEADER_SIZE + ": magic byte 0 and a 4-byte schema id)");
        }
        if (framed[0] != MAGIC_BYTE) {
            throw new NotWireFormatException(String.format(
                    "first byte 0x%02x is not the Confluent magic byte 0x00", framed[0] & 0xff));
        }
        return ((framed[1] & 0xff) << 24) | ((framed[2] & 0xff) << 16) | ((framed[3] & 0xff) << 8) | (framed[4] & 0xff);
    }

    /** True when {@code bytes} has a complete header with the magic byte. */
    public static boolean hasHeader(byte[] bytes) {
        return bytes != null && bytes.length >= HEADER_SIZE && bytes[0] == MAGIC_BYTE;
    }
}
