package io.earmark.streams.state;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte array to write a stored value into, as {@link java.io.ByteArrayOutputStream} without its lock.
 * The serdes write through a {@link java.io.DataOutputStream}, which hands most fields over a byte at a time; the
 * JDK's stream takes a lock for each of them, and one value is written by one thread only.
 */
final class ByteArrayOut extends OutputStream {

    private byte[] bytes;
    private int size;

    ByteArrayOut(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    @Override
    public void write(int b) {
        if (size == bytes.length) {
            grow(1);
        }
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (len > bytes.length - size) {
            grow(len);
        }
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    private void grow(int needed) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + needed));
    }

    /** The bytes written so far, in a copy of their own length. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }
}
