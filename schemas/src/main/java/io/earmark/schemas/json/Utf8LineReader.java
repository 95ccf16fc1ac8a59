package io.earmark.schemas.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into numbered lines (LF or CRLF; a UTF-8 byte-order mark at the start is dropped) and
 * decodes each strictly as UTF-8. Out: {@link Line}s, with a {@link JsonLineException} instead of text for a
 * line that is not UTF-8 or is longer than the limit, so one bad line never stops the file.
 */
final class Utf8LineReader {
    /** A line: number, text (lenient decoding, for display) and the decoding problem if any. */
    record Line(long number, String text, JsonLineException problem) {
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    private final byte[] chunk = new byte[8192];
    private int chunkPos;
    private int chunkEnd;
    private long lineNumber;

    Utf8LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        buffer.reset();
        long length = 0;
        int b;
        while ((b = read()) != -1 && b != '\n') {
            if (length++ < maxLineBytes) {
                buffer.write(b);
            }
        }
        if (b == -1 && length == 0) {
            return null;
        }
        lineNumber++;
        byte[] bytes = withoutBomAndCr(buffer.toByteArray());
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (length > maxLineBytes) {
            return new Line(lineNumber, lenient, new JsonLineException(null,
                    "a line of at most " + maxLineBytes + " bytes", "a line of " + length + " bytes"));
        }
        try {
            String strict = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Line(lineNumber, strict, null);
        } catch (CharacterCodingException e) {
            return new Line(lineNumber, lenient, new JsonLineException(null, "UTF-8 text", "invalid UTF-8 bytes"));
        }
    }

    private int read() throws IOException {
        if (chunkPos == chunkEnd) {
            chunkEnd = in.read(chunk, 0, chunk.length);
            chunkPos = 0;
            if (chunkEnd <= 0) {
                chunkEnd = 0;
                return -1;
            }
        }
        return chunk[chunkPos++] & 0xff;
    }

    private byte[] withoutBomAndCr(byte[] bytes) {
        int start = lineNumber == 1 && bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        int end = bytes.length > start && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return start == 0 && end == bytes.length ? bytes : Arrays.copyOfRange(bytes, start, end);
    }
}
