package io.earmark.streams.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.schema.FundEarmarked;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadEveryFileInEventTimeOrderAndEndAtTheLatestEventTime() {
        ReplayInput input = InputDirectory.read(ScenarioFiles.everyRule());

        assertThat(input.events()).hasSize(9 + 19 + 4);
        assertThat(input.events()).extracting(InputEvents::eventTime).isSorted();
        assertThat(input.end()).isEqualTo(Instant.parse("2024-11-30T00:00:00Z"));
        assertThat(input.events().get(0)).isInstanceOf(FundEarmarked.class);
    }

    @Test
    void shouldKeepFileOrderForEqualEventTimes() throws IOException {
        // Given: a movement and a fund at the same instant, the movement file listing two events at that instant
        Files.writeString(dir.resolve("funds.jsonl"), fundLine("F-1", "2024-10-01T10:00:00Z") + "\n");
        Files.writeString(dir.resolve("movements.jsonl"), movementLine("M-2", "2024-10-01T10:00:00Z") + "\n"
                + movementLine("M-1", "2024-10-01T10:00:00Z") + "\n" + movementLine("M-0", "2024-10-01T09:00:00Z"));

        List<SpecificRecord> events = InputDirectory.read(dir).events();

        assertThat(events).extracting(InputEvents::eventId).containsExactly("M-0", "E-F-1", "M-2", "M-1");
    }

    @Test
    void shouldNameFileLineAndFieldOfALineThatIsNotAnEvent() throws IOException {
        Files.writeString(dir.resolve("movements.jsonl"), movementLine("M-1", "2024-10-01T10:00:00Z") + "\n\n"
                + movementLine("M-2", "2024-10-01T11:00:00Z").replace("\"amount\":100", "\"amount\":12.5") + "\n");

        assertThatThrownBy(() -> InputDirectory.read(dir))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.file()).isEqualTo(dir.resolve("movements.jsonl"));
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("amount");
                })
                .hasMessageStartingWith(dir.resolve("movements.jsonl") + ":3: field \"amount\"");
    }

    @Test
    void shouldRefuseAnEventThatBreaksAValidationRule() throws IOException {
        Files.writeString(dir.resolve("movements.jsonl"),
                movementLine("M-1", "2024-10-01T10:00:00Z").replace("\"amount\":100", "\"amount\":-100") + "\n");

        assertThatThrownBy(() -> InputDirectory.read(dir))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.field()).isEqualTo("amount"))
                .hasMessageContaining("movements.jsonl:1: field \"amount\"");
    }

    @Test
    void shouldSetAsideAnEventPastABoundAndEndAtTheOthers() throws IOException {
        Files.writeString(dir.resolve("movements.jsonl"), movementLine("M-1", "2024-10-01T10:00:00Z") + "\n"
                + movementLine("M-2", "2099-10-01T10:00:00Z").replace("\"amount\":100", "\"amount\":100000000000001")
                + "\n");
        List<BadInputException> setAside = new java.util.ArrayList<>();

        ReplayInput input = InputDirectory.read(dir, setAside::add);

        assertThat(input.events()).extracting(InputEvents::eventId).containsExactly("M-1");
        assertThat(input.end()).isEqualTo(Instant.parse("2024-10-01T10:00:00Z"));
        assertThat(setAside).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isEqualTo("amount");
            assertThat(e.getMessage()).contains("OUT_OF_RANGE");
        });
        assertThatThrownBy(() -> InputDirectory.read(dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("movements.jsonl:2: field \"amount\"");
    }

    @Test
    void shouldRefuseADirectoryWithoutEvents() {
        assertThatThrownBy(() -> InputDirectory.read(dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("no events");
        assertThatThrownBy(() -> InputDirectory.read(dir.resolve("missing"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("not a directory");
    }

    static String fundLine(String fundId, String at) {
        return "{\"eventId\":\"E-" + fundId + "\",\"fundId\":\"" + fundId + "\",\"programme\":\"AUYL_AMANATY\","
                + "\"operatorId\":\"010140003594\",\"beneficiaryId\":\"850312300401\",\"financialOrgId\":\"990740000683\","
                + "\"amount\":500000000,\"purpose\":\"LIVESTOCK\",\"approvedSellers\":[],\"expectedAssetCount\":0,"
                + "\"declaredAssetValue\":500000000,\"maxIdleHours\":48,\"registrationDeadlineDays\":10,"
                + "\"eventTime\":\"" + at + "\"}";
    }

    static String movementLine(String eventId, String at) {
        return "{\"eventId\":\"" + eventId + "\",\"fundId\":\"F-1\",\"bankId\":\"HSBKKZKX\",\"fromId\":\"010140003594\","
                + "\"toId\":\"990740000683\",\"amount\":100,\"channel\":\"TRANSFER\",\"eventTime\":\"" + at + "\"}";
    }
}
