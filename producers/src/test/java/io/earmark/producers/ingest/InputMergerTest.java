package io.earmark.producers.ingest;

import io.earmark.producers.publish.DeadLetter;
import io.earmark.schemas.json.EventFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static io.earmark.producers.ingest.InputFiles.asset;
import static io.earmark.producers.ingest.InputFiles.fund;
import static io.earmark.producers.ingest.InputFiles.movement;
import static io.earmark.producers.ingest.InputFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class InputMergerTest {
    @TempDir
    Path dir;

    @Test
    void shouldMergeTheFilesInEventTimeOrderWithTiesByFileThenLine() {
        write(dir, EventFiles.FUNDS_FILE, fund("F1", 0), fund("F2", 10));
        write(dir, EventFiles.MOVEMENTS_FILE, movement("M1", 5), movement("M2", 10), movement("M3", 10));
        write(dir, EventFiles.ASSETS_FILE, asset("A1", 5), asset("A2", 20));

        List<InputLine> merged = InputMerger.merge(dir);

        assertThat(merged).extracting(InputLine::file, InputLine::lineNumber).containsExactly(
                tuple("funds.jsonl", 1L), tuple("movements.jsonl", 1L), tuple("assets.jsonl", 1L),
                tuple("funds.jsonl", 2L), tuple("movements.jsonl", 2L), tuple("movements.jsonl", 3L),
                tuple("assets.jsonl", 2L));
    }

    @Test
    void shouldKeepEachFilesOwnOrderWhenItIsNotSorted() {
        write(dir, EventFiles.FUNDS_FILE, fund("F1", 7));
        write(dir, EventFiles.MOVEMENTS_FILE, movement("M10", 10), movement("M5", 5));

        List<InputLine> merged = InputMerger.merge(dir);

        assertThat(merged).extracting(InputLine::lineNumber, InputLine::file).containsExactly(
                tuple(1L, "funds.jsonl"), tuple(1L, "movements.jsonl"), tuple(2L, "movements.jsonl"));
    }

    @Test
    void shouldReadADirectoryWithSomeFilesMissing() {
        write(dir, EventFiles.ASSETS_FILE, asset("A1", 1), "", asset("A2", 2));

        assertThat(InputMerger.merge(dir)).extracting(InputLine::lineNumber).containsExactly(1L, 3L);
        assertThat(InputMerger.merge(dir.resolve("nothing-here"))).isEmpty();
    }

    @Test
    void shouldRejectBadLinesWithFileLineAndReason() {
        write(dir, EventFiles.MOVEMENTS_FILE,
                movement("M1", 1),
                "this is not json",
                movement("M3", 3).replace("\"amount\":250000000", "\"amount\":12.5"),
                movement("M4", 4).replace("\"amount\":250000000", "\"amount\":-5"));

        List<InputLine> merged = InputMerger.merge(dir);

        assertThat(merged).filteredOn(l -> !l.ok()).extracting(InputLine::rejection)
                .extracting(Rejection::file, Rejection::line, Rejection::reason)
                .containsExactly(
                        tuple("movements.jsonl", 2L, DeadLetter.INVALID_JSON),
                        tuple("movements.jsonl", 3L, DeadLetter.INVALID_FIELD),
                        tuple("movements.jsonl", 4L, DeadLetter.INVALID_FIELD));
        assertThat(merged.get(2).rejection().detail()).contains("amount");
        assertThat(merged.get(3).rejection().detail()).contains("amount");
        assertThat(merged.get(3).rejection().toString()).startsWith("movements.jsonl:4: INVALID_FIELD: ");
        assertThat(merged.get(1).raw()).isEqualTo("this is not json");
    }

    @Test
    void shouldRejectAnEventDatedInTheFutureAndOneBeyondTheTimeRange() {
        String future = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS).toString();
        write(dir, EventFiles.MOVEMENTS_FILE, movement("M1", 1),
                movement("M2", 2).replace(InputFiles.T0.plusSeconds(120).toString(), future),
                movement("M3", 3).replace(InputFiles.T0.plusSeconds(180).toString(), "9999-12-31T23:59:59Z"));

        List<InputLine> merged = InputMerger.merge(dir);

        assertThat(merged).extracting(InputLine::ok).containsExactly(true, false, false);
        assertThat(merged).filteredOn(l -> !l.ok()).extracting(InputLine::rejection)
                .allSatisfy(r -> assertThat(r.detail()).contains("eventTime"))
                .extracting(Rejection::line, Rejection::reason)
                .containsExactly(tuple(2L, DeadLetter.INVALID_FIELD), tuple(3L, "OUT_OF_RANGE"));
        assertThat(merged.get(1).rejection().detail()).contains("future");
        assertThat(merged.get(2).rejection().detail()).contains("2100-01-01T00:00:00Z");
    }
}
