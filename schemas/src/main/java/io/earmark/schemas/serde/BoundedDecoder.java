package io.earmark.schemas.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.avro.io.Decoder;
import org.apache.avro.util.Utf8;

/**
 * A {@link Decoder} that delegates to a binary decoder but refuses any string, bytes, array or map length
 * larger than the record itself. Garbage input otherwise makes Avro allocate whatever length a random varint
 * says (up to 2 GiB) before noticing the data is short: here it fails with an IOException instead.
 */
final class BoundedDecoder extends Decoder {
    private final Decoder in;
    private final long limit;

    BoundedDecoder(Decoder in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    private int checked(long length, String what) throws IOException {
        if (length < 0 || length > limit) {
            throw new IOException(what + " length " + length + " is impossible in a record of " + limit + " bytes");
        }
        return (int) length;
    }

    private byte[] readLengthPrefixed(String what) throws IOException {
        byte[] bytes = new byte[checked(in.readLong(), what)];
        in.readFixed(bytes, 0, bytes.length);
        return bytes;
    }

    @Override
    public Utf8 readString(Utf8 old) throws IOException {
        int length = checked(in.readLong(), "string");
        Utf8 result = old != null ? old : new Utf8();
        result.setByteLength(length);
        in.readFixed(result.getBytes(), 0, length);
        return result;
    }

    @Override
    public String readString() throws IOException {
        return new String(readLengthPrefixed("string"), StandardCharsets.UTF_8);
    }

    @Override
    public void skipString() throws IOException {
        in.skipFixed(checked(in.readLong(), "string"));
    }

    @Override
    public ByteBuffer readBytes(ByteBuffer old) throws IOException {
        return ByteBuffer.wrap(readLengthPrefixed("bytes"));
    }

    @Override
    public void skipBytes() throws IOException {
        in.skipFixed(checked(in.readLong(), "bytes"));
    }

    @Override
    public long readArrayStart() throws IOException {
        return checked(in.readArrayStart(), "array block");
    }

    @Override
    public long arrayNext() throws IOException {
        return checked(in.arrayNext(), "array block");
    }

    @Override
    public long skipArray() throws IOException {
        return checked(in.skipArray(), "array block");
    }

    @Override
    public long readMapStart() throws IOException {
        return checked(in.readMapStart(), "map block");
    }

    @Override
    public long mapNext() throws IOException {
        return checked(in.mapNext(), "map block");
    }

    @Override
    public long skipMap() throws IOException {
        return checked(in.skipMap(), "map block");
    }

    @Override
    public void readNull() throws IOException {
        in.readNull();
    }

    @Override
    public boolean readBoolean() throws IOException {
        return in.readBoolean();
    }

    @Override
    public int readInt() throws IOException {
        return in.readInt();
    }

    @Override
    public long readLong() throws IOException {
        return in.readLong();
    }

    @Override
    public float readFloat() throws IOException {
        return in.readFloat();
    }

    @Override
    public double readDouble() throws IOException {
        return in.readDouble();
    }

    @Override
    public void readFixed(byte[] bytes, int start, int length) throws IOException {
        in.readFixed(bytes, start, length);
    }

    @Override
    public void skipFixed(int length) throws IOException {
        in.skipFixed(length);
    }

    @Override
    public int readEnum() throws IOException {
        return in.readEnum();
    }

    @Override
    public int readIndex() throws IOException {
        return in.readIndex();
    }
}
