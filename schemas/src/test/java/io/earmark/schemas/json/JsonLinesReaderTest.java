package io.earmark.schemas.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.FundMovement;
import io.earmark.schemas.SampleEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
    private static final String GOOD = JsonLines.write(SampleEvents.fundMovement());

    @TempDir
    Path dir;

    @Test
    void shouldParseEveryNonBlankLineAndLocateErrorsByFileAndLine() throws IOException {
        Path file = write(EventFiles.MOVEMENTS_FILE,
                (GOOD + "\n\n   \n" + GOOD.replace("250000000", "-1.5") + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8));

        List<ParsedLine<FundMovement>> lines = JsonLinesReader.readAll(file, FundMovement.class);

        assertThat(lines).extracting(ParsedLine::lineNumber).containsExactly(1L, 4L, 5L);
        assertThat(lines.get(0).record()).isEqualTo(SampleEvents.fundMovement());
        assertThat(lines.get(0).ok()).isTrue();
        ParsedLine<FundMovement> bad = lines.get(1);
        assertThat(bad.ok()).isFalse();
        assertThat(bad.record()).isNull();
        assertThat(bad.raw()).contains("-1.5");
        assertThat(bad.error()).hasMessageStartingWith("movements.jsonl:4: field \"amount\": expected an integer (tiyn)");
        assertThat(lines.get(2).record()).isEqualTo(SampleEvents.fundMovement());
    }

    @Test
    void shouldReportInvalidUtf8AsAnErrorOfThatLineAndGoOn() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(GOOD.replace("HSBKKZKX", "HSBK").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'\n'});
        byte[] broken = GOOD.getBytes(StandardCharsets.UTF_8);
        broken[15] = (byte) 0xC3; // starts a 2-byte sequence that the next ASCII byte does not continue
        bytes.writeBytes(broken);
        bytes.writeBytes(("\n" + GOOD).getBytes(StandardCharsets.UTF_8));

        List<ParsedLine<FundMovement>> lines = JsonLinesReader.readAll(write("m.jsonl", bytes.toByteArray()), FundMovement.class);

        assertThat(lines).extracting(ParsedLine::ok).containsExactly(true, false, true);
        assertThat(lines.get(1).error()).hasMessage("m.jsonl:2: expected UTF-8 text, got invalid UTF-8 bytes");
        assertThat(lines.get(1).raw()).contains("\uFFFD");
    }

    @Test
    void shouldAcceptCrlfLineEndsAndALeadingByteOrderMark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(bom);
        bytes.writeBytes((GOOD + "\r\n" + GOOD + "\r\n").getBytes(StandardCharsets.UTF_8));

        List<ParsedLine<FundMovement>> lines = JsonLinesReader.readAll(write("crlf.jsonl", bytes.toByteArray()), FundMovement.class);

        assertThat(lines).hasSize(2).allMatch(ParsedLine::ok);
    }

    @Test
    void shouldStreamLinesLazily() {
        String text = GOOD + "\nnot json\n" + GOOD;
        ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));

        try (Stream<ParsedLine<FundMovement>> lines = JsonLinesReader.stream(in, "stdin", FundMovement.class)) {
            Iterator<ParsedLine<FundMovement>> iterator = lines.iterator();
            assertThat(iterator.next().ok()).isTrue();
            assertThat(iterator.next().error()).hasMessageStartingWith("stdin:2: expected a JSON object, got invalid JSON");
            assertThat(iterator.next().ok()).isTrue();
            assertThat(iterator.hasNext()).isFalse();
        }
    }

    @Test
    void shouldReportAnOverlongLineWithoutKeepingIt() throws IOException {
        String huge = "{\"eventId\":\"" + "x".repeat(JsonLinesReader.DEFAULT_MAX_LINE_BYTES) + "\"}";

        List<ParsedLine<FundMovement>> lines = JsonLinesReader.readAll(
                write("big.jsonl", (huge + "\n" + GOOD).getBytes(StandardCharsets.UTF_8)), FundMovement.class);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).error().expected()).isEqualTo("a line of at most 1048576 bytes");
        assertThat(lines.get(1).ok()).isTrue();
    }

    @Test
    void shouldReadAnEmptyFileAsNoLines() throws IOException {
        assertThat(JsonLinesReader.readAll(write("empty.jsonl", new byte[0]), FundMovement.class)).isEmpty();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
