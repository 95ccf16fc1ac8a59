package io.earmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Bad settings are refused with the usage before anything starts (no broker, no ports taken). */
class DemoCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = EarmarkCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void shouldListTheDemoInTheHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("demo").contains("Runs everything locally");
    }

    @Test
    void shouldRefuseAFraudRateOutsideZeroToOne() {
        assertThat(run("demo", "--fraud-rate", "1.5")).isEqualTo(2);
        assertThat(err.toString()).contains("--fraud-rate must be within 0..1").contains("Usage: earmark demo");
    }

    @Test
    void shouldRefuseAStoppedClockAndABadPort() {
        assertThat(run("demo", "--day-seconds", "0")).isEqualTo(2);
        assertThat(run("demo", "--http-port", "70000")).isEqualTo(2);
        assertThat(err.toString()).contains("--day-seconds must be > 0").contains("between 0 and 65535");
    }
}
