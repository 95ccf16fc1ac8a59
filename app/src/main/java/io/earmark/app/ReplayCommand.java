package io.earmark.app;

import io.earmark.streams.replay.AlertDiff;
import io.earmark.streams.replay.AlertOrder;
import io.earmark.streams.replay.CaseResult;
import io.earmark.streams.replay.ReplayProgress;
import io.earmark.streams.replay.Selection;
import io.earmark.streams.replay.report.CaseReportBuilder;
import io.earmark.streams.replay.report.ReportFiles;
import io.earmark.streams.topology.TopicNames;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code earmark replay}: the investigator's replay (docs/replay.md). Files mode ({@code --input DIR --output FILE}):
 * the real pipeline on a local stack of its own, the alerts as JSON Lines ordered by detectedAt then alertId. Topics
 * mode ({@code --bootstrap-servers .. --registry-url .. --from T1 --to T2 --case NAME}): an event-time slice of the
 * live topics, optionally narrowed to funds or beneficiaries, under the case's own application id and topics. With
 * {@code --rules} both modes also run the live rules and report what changes. Progress goes to stderr; exit 0 when
 * the replay finished, 1 on a bad input line (file, line, field) or a failed run, 2 on bad options.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Replays events through the real pipeline, deterministically, isolated from live output.",
            "Files:  earmark replay --input DIR --output FILE [--rules FILE] [--partitions P] [--threads T]",
            "Topics: earmark replay --bootstrap-servers HOST:PORT --registry-url URL --from T1 --to T2 --case NAME",
            "        [--fund ID]... [--beneficiary ID]... [--rules FILE]"
        })
public final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ReplaySource source;

    @Option(names = "--output", paramLabel = "FILE",
            description = "The alerts as JSON Lines, ordered by detectedAt then alertId (required with --input).")
    Path output;

    @Option(names = "--case", paramLabel = "NAME",
            description = "Topics mode: the case; its topics are earmark.case.NAME.*, its application id earmark-case-NAME.")
    String caseName;

    @Option(names = "--fund", paramLabel = "ID", description = "Only this fund and what it needs (repeatable).")
    List<String> funds = new ArrayList<>();

    @Option(names = "--beneficiary", paramLabel = "ID",
            description = "Only this beneficiary's funds and what they need (repeatable).")
    List<String> beneficiaries = new ArrayList<>();

    @Option(names = "--report", paramLabel = "FILE",
            description = "Case report: HTML at FILE, its JSON twin beside it (topics mode default: earmark-case-NAME.html).")
    Path report;

    @Override
    public Integer call() throws InterruptedException {
        source.validate(spec);
        if (source.filesMode() && output == null) {
            throw new ParameterException(spec.commandLine(), "--input needs --output FILE");
        }
        if (!source.filesMode() && caseName == null) {
            throw new ParameterException(spec.commandLine(), "topics mode needs --case NAME");
        }
        QuietLogs.apply();
        PrintWriter err = spec.commandLine().getErr();
        String name = caseName != null ? caseName : "replay";
        CaseResult result = source.run(name, new Selection(new HashSet<>(funds), new HashSet<>(beneficiaries)),
                ReplayProgress.lines(System.err),
                warning -> err.println("replay: " + warning));
        if (output != null) {
            AlertOrder.write(output, result.run().alerts());
            err.println("replay: " + result.run().alerts().size() + " alerts written to " + output);
        }
        if (!source.filesMode()) {
            err.println("replay: case output in " + TopicNames.forCase(name).alerts() + " (application id "
                    + result.spec().applicationId() + ")");
        }
        Path reportFile = report != null ? report : source.filesMode() ? null : Path.of("earmark-case-" + name + ".html");
        if (reportFile != null) {
            ReportFiles.write(CaseReportBuilder.build(result), reportFile);
            err.println("replay: case report " + reportFile + " and " + ReportFiles.jsonTwin(reportFile));
        }
        if (result.diff() != null) {
            AlertDiff diff = result.diff();
            err.println("replay: what-if rules " + result.run().ruleVersion() + " against live rules "
                    + result.baseline().ruleVersion() + ": " + diff.appeared().size() + " alerts appear, "
                    + diff.disappeared().size() + " disappear, " + diff.changed().size() + " change");
        }
        err.flush();
        return 0;
    }
}
