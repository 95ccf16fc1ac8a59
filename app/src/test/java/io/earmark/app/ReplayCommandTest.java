package io.earmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The replay and trace commands' options and input checks, which all come before any broker is started. */
class ReplayCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine cli = EarmarkCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void shouldListReplayAndTraceInTheHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("replay").contains("trace");
    }

    @Test
    void shouldAskForAnInputOrATimeRange() {
        assertThat(run("replay")).isEqualTo(2);
        assertThat(err.toString()).contains("give --input DIR, or --bootstrap-servers, --registry-url, --from and --to");
    }

    @Test
    void shouldAskForAnOutputFileWithAnInputDirectory() {
        assertThat(run("replay", "--input", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--input needs --output FILE");
    }

    @Test
    void shouldAskForACaseNameInTopicsMode() {
        int exit = run("replay", "--bootstrap-servers", "127.0.0.1:1", "--registry-url", "http://127.0.0.1:2",
                "--from", "2024-10-01T00:00:00Z", "--to", "2024-11-01T00:00:00Z");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("topics mode needs --case NAME");
    }

    @Test
    void shouldRefuseARangeThatEndsBeforeItStarts() {
        int exit = run("replay", "--bootstrap-servers", "127.0.0.1:1", "--registry-url", "http://127.0.0.1:2",
                "--from", "2024-11-01T00:00:00Z", "--to", "2024-10-01T00:00:00Z", "--case", "c");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("must be before --to");
    }

    @Test
    void shouldFailNamingFileLineAndFieldOfABadInputLineBeforeStartingAnything() throws IOException {
        Files.writeString(dir.resolve("movements.jsonl"), "{\"eventId\":\"M-1\",\"fundId\":\"F-1\",\"bankId\":\"B\","
                + "\"fromId\":\"a\",\"toId\":\"b\",\"amount\":12.5,\"channel\":\"TRANSFER\","
                + "\"eventTime\":\"2024-10-01T00:00:00Z\"}\n");

        int exit = run("replay", "--input", dir.toString(), "--output", dir.resolve("alerts.jsonl").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains(dir.resolve("movements.jsonl") + ":1: field \"amount\"");
        assertThat(dir.resolve("alerts.jsonl")).doesNotExist();
    }

    @Test
    void shouldRequireTheFundToTrace() {
        assertThat(run("trace", "--input", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--fund");
    }
}
