package io.earmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The report's options, refused before anything is read: no broker is needed, none is asked. */
class ReportCommandTest {

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = EarmarkCli.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        // a broker nobody listens on: a test that reached the read would fail, not hang on a real one
        List<String> all = new ArrayList<>(List.of("report", "--bootstrap-servers", "127.0.0.1:1"));
        all.addAll(List.of(args));
        return cli.execute(all.toArray(String[]::new));
    }

    @Test
    void shouldRefuseADateThatIsNoIsoDate() {
        int exit = run("--from", "01.10.2024", "--to", "2024-11-01", "--output", "target/never.html");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--from takes a date as YYYY-MM-DD (e.g. 2024-10-01), not '01.10.2024'");
    }

    @Test
    void shouldRefuseAPeriodWhoseStartIsNotBeforeItsEnd() {
        int exit = run("--from", "2024-11-01", "--to", "2024-11-01", "--output", "target/never.html");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--from 2024-11-01 must be before --to 2024-11-01", "--to is exclusive");
    }

    @Test
    void shouldRequireAnOutputFile() {
        int exit = run("--from", "2024-10-01", "--to", "2024-11-01");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--output=FILE'");
    }
}
