package io.earmark.producers.ingest;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {
    private long now;
    private final StringWriter out = new StringWriter();

    @Test
    void shouldPrintAPlainLineEveryFiveSecondsWhenNotOnATerminal() {
        Progress progress = new Progress(new PrintWriter(out), false, 1000, () -> now);

        now = 4_000_000_000L;
        progress.update(100);
        now = 5_000_000_000L;
        progress.update(500);
        progress.update(501);
        now = 10_000_000_000L;
        progress.finish(1000);

        assertThat(out.toString().lines()).containsExactly(
                "progress: 500/1000 records (50%), 100 records/s",
                "progress: 1000/1000 records (100%), 100 records/s");
    }

    @Test
    void shouldRedrawABarInPlaceOnATerminal() {
        Progress progress = new Progress(new PrintWriter(out), true, 200, () -> now);

        now = 1_000_000_000L;
        progress.update(50);
        now = 2_000_000_000L;
        progress.finish(200);

        assertThat(out.toString()).isEqualTo(
                "\r[#######-----------------------] 50/200 25% 50 rec/s"
                        + "\r[##############################] 200/200 100% 100 rec/s" + System.lineSeparator());
    }
}
