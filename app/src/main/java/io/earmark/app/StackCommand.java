package io.earmark.app;

import io.earmark.deploy.LocalStack;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code earmark stack}: the local stack for development and the demo. In: ports and a partition count.
 * Out: a running Kafka broker (KRaft, in this JVM), a schema registry (child process) and Earmark's topics,
 * their addresses printed; it runs until Ctrl-C (or SIGTERM), then stops everything and exits.
 */
@Command(name = "stack",
        mixinStandardHelpOptions = true,
        description = {
            "Starts a local Kafka broker, a schema registry and Earmark's topics; runs until Ctrl-C.",
            "Kafka runs in KRaft mode inside this JVM, the registry (Confluent REST API) as a child process;",
            "both listen on 127.0.0.1 only. The addresses and topics are printed once everything is up."
        })
final class StackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--kafka-port", paramLabel = "PORT", defaultValue = "9092",
            description = "Kafka client port (0 = any free port; default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--registry-port", paramLabel = "PORT", defaultValue = "8081",
            description = "Schema registry port (0 = any free port; default: ${DEFAULT-VALUE}).")
    int registryPort;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions of every topic (default: the topics definition's, 6).")
    Integer partitions;

    @Override
    public Integer call() throws InterruptedException {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Starting the local stack...");
        out.flush();
        LocalStack stack = LocalStack.start(
                new LocalStack.Options(kafkaPort, registryPort, partitions == null ? 0 : partitions, true));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping the local stack...");
            out.flush();
            stack.close();
            out.println("Stopped.");
            out.flush();
            stopped.countDown();
        }, "earmark-stack-stop"));
        out.print(stack.describe());
        out.println("Running. Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }

    private void validate() {
        if (kafkaPort < 0 || kafkaPort > 65535 || registryPort < 0 || registryPort > 65535) {
            throw new ParameterException(spec.commandLine(), "ports must be between 0 and 65535");
        }
        if (kafkaPort != 0 && kafkaPort == registryPort) {
            throw new ParameterException(spec.commandLine(), "--kafka-port and --registry-port must differ");
        }
        if (partitions != null && partitions < 1) {
            throw new ParameterException(spec.commandLine(), "--partitions must be at least 1, not " + partitions);
        }
    }
}
