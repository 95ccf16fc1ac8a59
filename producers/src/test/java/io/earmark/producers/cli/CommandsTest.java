package io.earmark.producers.cli;

import io.earmark.producers.simulate.ScenarioWriter;
import io.earmark.schemas.json.EventFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CommandsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void shouldWriteTheSameScenarioFilesForTheSameSeed() throws IOException {
        int first = run(new SimulateCommand(), "--funds", "40", "--seed", "5", "--fraud-rate", "0.3",
                "--out-of-order-minutes", "30", "--duplicates", "0.05", "--late-registrations",
                "--output", dir.resolve("a").toString());
        int second = run(new SimulateCommand(), "--funds", "40", "--seed", "5", "--fraud-rate", "0.3",
                "--out-of-order-minutes", "30", "--duplicates", "0.05", "--late-registrations",
                "--output", dir.resolve("b").toString());

        assertThat(first).isZero();
        assertThat(second).isZero();
        for (String file : new String[] {EventFiles.FUNDS_FILE, EventFiles.MOVEMENTS_FILE, EventFiles.ASSETS_FILE,
                ScenarioWriter.EXPECTED_ALERTS_FILE}) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
        assertThat(out.toString()).contains("40 funds", "expected alerts");
    }

    @Test
    void shouldRefuseOptionsOutsideTheirRange() {
        int code = run(new SimulateCommand(), "--funds", "10", "--seed", "1", "--out-of-order-minutes", "500",
                "--output", dir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("out-of-order");
    }

    @Test
    void shouldAskForAnOutputOrPublishing() {
        assertThat(run(new SimulateCommand(), "--funds", "10", "--seed", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("--output");
    }

    @Test
    void shouldRequireTheClusterToProduce() {
        assertThat(run(new ProduceCommand(), "--input", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--bootstrap-servers");
    }

    @Test
    void shouldRequireTheClusterToTick() {
        assertThat(run(new TickerCommand(), "--interval-ms", "500")).isEqualTo(2);
        assertThat(err.toString()).contains("--registry-url");
    }

    private int run(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
