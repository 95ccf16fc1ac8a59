package io.earmark.app;

import io.earmark.streams.replay.CaseResult;
import io.earmark.streams.replay.ReplayProgress;
import io.earmark.streams.replay.Selection;
import io.earmark.streams.replay.report.CaseReport;
import io.earmark.streams.replay.report.CaseReportBuilder;
import io.earmark.streams.replay.report.JourneyTable;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code earmark trace --fund ID}: one fund's journey as a table on stdout (who held how much after every movement and
 * registration, with the event ids), then its alerts and assets. It replays only that fund and what it needs
 * ({@code --input DIR} on a local stack of its own, or a time range of the live topics as a case named
 * {@code trace-ID-<time>}); the rows are those of the case report's timeline. Progress goes to stderr.
 */
@Command(name = "trace", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Prints one fund's journey as a table: every movement and registration, who held how much, its alerts.",
            "Files:  earmark trace --fund ID --input DIR",
            "Topics: earmark trace --fund ID --bootstrap-servers HOST:PORT --registry-url URL --from T1 --to T2"
        })
public final class TraceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--fund", paramLabel = "ID", required = true, description = "The fund to trace.")
    String fund;

    @Option(names = "--case", paramLabel = "NAME", description = "Topics mode: the case name (default: trace-ID-<time>).")
    String caseName;

    @Mixin
    ReplaySource source;

    @Override
    public Integer call() throws InterruptedException {
        source.validate(spec);
        QuietLogs.apply();
        String name = caseName != null ? caseName : source.filesMode() ? "trace"
                : ("trace-" + fund + "-" + System.currentTimeMillis() / 1000).replaceAll("[^A-Za-z0-9_-]", "_");
        CaseResult result = source.run(name, new Selection(Set.of(fund), Set.of()), ReplayProgress.lines(System.err),
                warning -> spec.commandLine().getErr().println("trace: " + warning));
        CaseReport report = CaseReportBuilder.build(result);
        CaseReport.FundReport traced = report.funds().stream().filter(f -> f.fundId().equals(fund)).findFirst()
                .orElse(null);
        if (traced == null || traced.timeline().isEmpty()) {
            spec.commandLine().getErr().println("trace: no event of fund " + fund + " in the replayed input");
            return 1;
        }
        spec.commandLine().getOut().print(JourneyTable.render(traced));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
