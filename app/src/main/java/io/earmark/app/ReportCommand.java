package io.earmark.app;

import io.earmark.schemas.Topics;
import io.earmark.streams.oversight.PeriodReport;
import io.earmark.streams.oversight.ReportPage;
import io.earmark.streams.oversight.ReportPeriod;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code earmark report --from DATE --to DATE --output FILE.html}: the oversight commission's report of a period
 * (DESIGN.md, Cases). Reads the cases topic from its beginning to the end offsets seen at start, folds it into every
 * case's current state, and writes one self-contained HTML page of the cases whose alert was detected from
 * {@code --from} (inclusive) to {@code --to} (exclusive), UTC days. Progress and a last line saying where the page is
 * go to stderr. Exit 0 when the page is written (undecodable records are skipped and counted), 1 when the read or
 * the write fails, 2 on bad options (a date that is no YYYY-MM-DD, {@code --from} not before {@code --to}).
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Writes the oversight commission's report of a period as one HTML page, printable to PDF.",
            "earmark report --from 2024-10-01 --to 2024-11-01 --output october.html   (October 2024; --to is exclusive)"
        })
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", required = true,
            description = "First day of the period (YYYY-MM-DD, UTC): alerts detected from its start.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", required = true,
            description = "End of the period (YYYY-MM-DD, UTC), exclusive: alerts detected before its start.")
    String to;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "The HTML page to write.")
    Path output;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:9092",
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}, the local stack's).")
    String bootstrapServers;

    @Option(names = "--registry-url", paramLabel = "URL", defaultValue = "http://127.0.0.1:8081/apis/ccompat/v7",
            description = "Schema registry URL (default: ${DEFAULT-VALUE}, the local stack's).")
    String registryUrl;

    @Option(names = "--client-config", paramLabel = "FILE",
            description = "Kafka client properties (security.protocol, sasl.*, ssl.*); the options above win.")
    Path clientConfig;

    @Option(names = "--topic", paramLabel = "TOPIC", defaultValue = Topics.CASES,
            description = "The cases topic (default: ${DEFAULT-VALUE}).")
    String topic;

    @Override
    public Integer call() throws IOException {
        ReportPeriod period = period();
        if (clientConfig != null && !Files.isRegularFile(clientConfig)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + clientConfig);
        }
        QuietLogs.apply();
        PrintWriter err = spec.commandLine().getErr();
        CaseTopicReader.Result read = CaseTopicReader.read(clientSettings(), registryUrl, topic, err);
        PeriodReport report = PeriodReport.of(read.fold(), period);
        write(ReportPage.render(report, read.source()));
        err.println("report: " + report.cases() + " cases (alerts detected " + period.from() + " up to " + period.to()
                + ", exclusive) written to " + output.toAbsolutePath() + "; read " + read.source().records()
                + " records of " + topic + ", " + read.source().undecodable() + " undecodable and skipped, "
                + read.source().refused() + " refused, " + read.source().repeated() + " repeats");
        err.flush();
        return 0;
    }

    private ReportPeriod period() {
        LocalDate first = date("--from", from);
        LocalDate end = date("--to", to);
        if (!first.isBefore(end)) {
            throw new ParameterException(spec.commandLine(), "--from " + first + " must be before --to " + end
                    + " (--to is exclusive: --from 2024-10-01 --to 2024-11-01 is October 2024)");
        }
        return new ReportPeriod(first, end);
    }

    private LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + " takes a date as YYYY-MM-DD (e.g. 2024-10-01), "
                    + "not '" + text + "'");
        }
    }

    private Properties clientSettings() {
        Properties props = new Properties();
        if (clientConfig != null) {
            try (Reader in = Files.newBufferedReader(clientConfig, StandardCharsets.UTF_8)) {
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read client config " + clientConfig, e);
            }
        }
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }

    /** Whole or not at all: the page goes to a file beside the output, then takes its name. */
    private void write(String html) throws IOException {
        Path target = output.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.writeString(partial, html, StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
