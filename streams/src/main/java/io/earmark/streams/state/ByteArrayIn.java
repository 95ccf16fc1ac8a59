package io.earmark.streams.state;

import java.io.InputStream;

/**
 * A stored value to read, as {@link java.io.ByteArrayInputStream} without its lock (see {@link ByteArrayOut}): the
 * serdes read through a {@link java.io.DataInputStream}, which asks for most fields a byte at a time.
 */
final class ByteArrayIn extends InputStream {

    private final byte[] bytes;
    private int position;

    ByteArrayIn(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public int read() {
        return position < bytes.length ? bytes[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int available = bytes.length - position;
        if (available <= 0) {
            return -1;
        }
        int n = Math.min(len, available);
        System.arraycopy(bytes, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return bytes.length - position;
    }
}
