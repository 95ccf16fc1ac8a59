package io.earmark.reliability.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.producers.ingest.InputLine;
import io.earmark.producers.ingest.InputMerger;
import io.earmark.producers.ingest.Rejection;
import io.earmark.reliability.support.Figures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The line-level half of fuzzed ingest, without Kafka: files of good lines mixed with lines broken in every way
 * (wrong types, unknown enums, huge numbers, missing and unknown fields, timestamps far in the future, broken
 * UTF-8, truncation) are read as {@code ./earmark produce} reads them. Every bad line must be rejected at its own
 * file and line number with the right reason (naming the broken field), every good line must come out as the
 * event it was written from, and nothing may throw. {@link FuzzedIngestIT} runs one such input through the real command and broker.
 */
class FuzzedIngestProperties {
    private static final Map<String, AtomicLong> TALLY = new TreeMap<>();

    record LineSpec(int event, Defect defect, int choice) {
        FuzzedLine fuzz() {
            var good = GoodEvents.POOL.get(event);
            return LineFuzzer.fuzz(GoodEvents.fileOf(good), good, defect, choice);
        }
    }

    @Provide
    Arbitrary<List<LineSpec>> inputs() {
        Arbitrary<Defect> defects = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Defect.NONE)),
                Tuple.of(7, Arbitraries.of(Defect.class)));
        return Combinators.combine(Arbitraries.integers().between(0, GoodEvents.POOL.size() - 1), defects,
                        Arbitraries.integers())
                .as(LineSpec::new).list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 400)
    void shouldRejectEveryBadLineAtItsLineNumberAndReadEveryGoodOne(@ForAll("inputs") List<LineSpec> specs)
            throws IOException {
        List<FuzzedLine> lines = specs.stream().map(LineSpec::fuzz).toList();
        Path dir = Files.createTempDirectory("fuzzed-ingest-");
        try {
            FuzzedInput input = FuzzedInput.write(dir, lines);

            List<InputLine> read = InputMerger.merge(dir);

            assertThat(read).hasSize(lines.size());
            assertThat(read).extracting(l -> l.file() + ":" + l.lineNumber()).doesNotHaveDuplicates();
            read.forEach(line -> check(line, input.at(line.file(), line.lineNumber())));
            lines.forEach(line -> tally(line.good() ? "published" : "rejected." + line.defect().reason()));
            tally("lines", lines.size());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void check(InputLine read, FuzzedLine written) {
        assertThat(written).as("a line %s:%d was read that was not written", read.file(), read.lineNumber())
                .isNotNull();
        String where = read.file() + ":" + read.lineNumber() + " (" + written.defect() + ")";
        if (written.good()) {
            assertThat(read.rejection()).as(where).isNull();
            assertThat(read.event()).as(where).isEqualTo(written.source());
            return;
        }
        Rejection rejection = read.rejection();
        assertThat(rejection).as(where + " must be rejected").isNotNull();
        assertThat(rejection.file()).as(where).isEqualTo(read.file());
        assertThat(rejection.line()).as(where).isEqualTo(read.lineNumber());
        assertThat(rejection.reason()).as(where + ": " + rejection.detail()).isEqualTo(written.defect().reason());
        if (written.field() != null) {
            assertThat(rejection.detail()).as(where).contains("\"" + written.field());
        }
    }

    private static void tally(String name) {
        tally(name, 1);
    }

    private static synchronized void tally(String name, long n) {
        TALLY.computeIfAbsent(name, k -> new AtomicLong()).addAndGet(n);
    }

    @AfterContainer
    static void writeFigures() {
        Map<String, Long> figures = new TreeMap<>();
        TALLY.forEach((name, count) -> figures.put(name, count.get()));
        Figures.write("fuzzed-ingest-lines", Map.of("test", "FuzzedIngestProperties", "linesRead", figures));
    }
}
