package io.earmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code earmark topics}: usage errors are caught before any connection is made. */
class TopicsCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = EarmarkCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void shouldAskForTheApplySubcommand() {
        assertThat(run("topics")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing subcommand").contains("Usage: earmark topics");
    }

    @Test
    void shouldRequireTheBootstrapServers() {
        assertThat(run("topics", "apply", "--dry-run")).isEqualTo(2);
        assertThat(err.toString()).contains("--bootstrap-servers");
    }

    @Test
    void shouldRejectZeroPartitionsBeforeConnecting() {
        assertThat(run("topics", "apply", "--bootstrap-servers", "127.0.0.1:1", "--partitions", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("partitions must be at least 1");
    }

    @Test
    void shouldRejectMoreInSyncReplicasThanReplicas() {
        assertThat(run("topics", "apply", "--bootstrap-servers", "127.0.0.1:1", "--min-insync-replicas", "2"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("minInsyncReplicas must be between 1 and the replication factor 1");
    }

    @Test
    void shouldDescribeApplyInTheHelp() {
        assertThat(run("topics", "apply", "--help")).isZero();
        assertThat(out.toString()).contains("Never deletes a topic, never removes partitions", "--dry-run",
                "--command-config", "--replication-factor");
    }
}
