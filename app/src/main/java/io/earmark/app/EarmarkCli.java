package io.earmark.app;

import io.earmark.producers.cli.ProduceCommand;
import io.earmark.producers.cli.SimulateCommand;
import io.earmark.producers.cli.TickerCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code ./earmark} command line: one subcommand per job. In: the arguments. Out: the subcommand's exit code;
 * no subcommand, an unknown one or a bad option prints the usage to stderr and exits 2; a failure while running
 * prints one line (the cause) and exits 1. A new job is one class, added to {@code subcommands} below.
 */
@Command(name = "earmark",
        mixinStandardHelpOptions = true,
        versionProvider = EarmarkCli.ManifestVersion.class,
        description = "Watches earmarked (\"coloured\") public money in real time on Kafka Streams.",
        subcommands = {
            StackCommand.class,
            PipelineCommand.class,
            ProduceCommand.class,
            SimulateCommand.class,
            TickerCommand.class,
            TopicsCommand.class,
            DemoCommand.class,
            BenchCommand.class,
            ReplayCommand.class,
            TraceCommand.class,
            QualityCommand.class,
            ReportCommand.class,
            CommandLine.HelpCommand.class
        })
public final class EarmarkCli implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand");
    }

    /** The configured command line, for {@link #main} and for tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new EarmarkCli())
                .setParameterExceptionHandler((e, args) -> {
                    CommandLine failed = e.getCommandLine();
                    failed.getErr().println(failed.getColorScheme().errorText(e.getMessage()));
                    CommandLine.UnmatchedArgumentException.printSuggestions(e, failed.getErr());
                    failed.usage(failed.getErr(), failed.getColorScheme());
                    return failed.getCommandSpec().exitCodeOnInvalidInput();
                })
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    commandLine.getErr().println(commandLine.getColorScheme()
                            .errorText("earmark " + commandLine.getCommandName() + ": " + e.getMessage()));
                    return commandLine.getCommandSpec().exitCodeOnExecutionException();
                });
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The version from the app jar's manifest (Implementation-Version), or "development" when run from classes. */
    static final class ManifestVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = EarmarkCli.class.getPackage().getImplementationVersion();
            return new String[] {"earmark " + (version == null ? "development" : version)};
        }
    }
}
