package io.earmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EarmarkCliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = EarmarkCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void shouldPrintUsageAndExitNonZeroForAnUnknownSubcommand() {
        int exitCode = run("frobnicate");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("frobnicate").contains("Usage: earmark");
    }

    @Test
    void shouldPrintUsageAndExitNonZeroWithoutASubcommand() {
        int exitCode = run();

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("Missing subcommand").contains("Usage: earmark");
    }

    @Test
    void shouldListTheStackSubcommandInTheHelp() {
        int exitCode = run("--help");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).contains("stack").contains("Starts a local Kafka broker");
    }

    @Test
    void shouldRejectAnUnknownOptionOfStackWithItsUsage() {
        int exitCode = run("stack", "--no-such-option");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("--no-such-option").contains("Usage: earmark stack");
    }

    @Test
    void shouldRejectAMalformedPortBeforeStartingAnything() {
        int exitCode = run("stack", "--kafka-port", "ninety");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("ninety");
    }

    @Test
    void shouldRejectZeroPartitionsBeforeStartingAnything() {
        int exitCode = run("stack", "--partitions", "0");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("--partitions must be at least 1");
    }
}
