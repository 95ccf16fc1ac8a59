package io.earmark.app;

import io.earmark.deploy.TopicsDefinition;
import io.earmark.deploy.topics.TopicPlan;
import io.earmark.deploy.topics.TopicPlanApplier;
import io.earmark.deploy.topics.TopicPlanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code earmark topics apply}: topics as code for any cluster. In: the bootstrap servers, optionally an Admin client
 * properties file (TLS/SASL, in the standard Kafka names), the topics definition (the repo's, or a file) and
 * overrides for every topic. Out: the difference between the definition and the cluster, printed first, then
 * applied unless {@code --dry-run}: topics created, partitions added, configs changed. It never deletes a topic and
 * never removes partitions; it says so when the definition asks for fewer. Running it twice changes nothing.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Topics as code: bring a cluster's topics in line with the topics definition.",
        subcommands = TopicsCommand.Apply.class)
final class TopicsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: apply");
    }

    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = {
                "Shows the difference between the topics definition and the cluster, then applies it:",
                "creates missing topics, adds partitions, changes cleanup.policy / retention.ms / min.insync.replicas.",
                "Never deletes a topic, never removes partitions, never moves replicas. Idempotent."
            })
    static final class Apply implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
        String bootstrapServers;

        @Option(names = "--command-config", paramLabel = "FILE",
                description = "Admin client properties (security.protocol, sasl.*, ssl.*, ...).")
        Path commandConfig;

        @Option(names = "--definition", paramLabel = "FILE",
                description = "Topics definition YAML (default: the shipped earmark/topics.yaml).")
        Path definition;

        @Option(names = "--partitions", paramLabel = "N", description = "Partitions of every topic (default: the definition's).")
        Integer partitions;

        @Option(names = "--replication-factor", paramLabel = "N", description = "Replicas of every new topic (default: the definition's).")
        Short replicationFactor;

        @Option(names = "--min-insync-replicas", paramLabel = "N", description = "min.insync.replicas of every topic (default: the definition's).")
        Integer minInsyncReplicas;

        @Option(names = "--dry-run", description = "Only show the difference; change nothing.")
        boolean dryRun;

        @Override
        public Integer call() {
            TopicsDefinition topics = definition();
            PrintWriter out = spec.commandLine().getOut();
            out.println("Topics definition " + (definition == null ? TopicsDefinition.RESOURCE : definition)
                    + " (" + topics.topics().size() + " topics) against " + bootstrapServers
                    + (dryRun ? " (dry run)" : ""));
            try (Admin admin = Admin.create(adminProperties())) {
                TopicPlan plan = TopicPlanner.plan(admin, topics.topics());
                plan.describe().forEach(out::println);
                if (!dryRun && !plan.noChange()) {
                    out.println("Applied " + TopicPlanApplier.apply(admin, plan) + " change(s).");
                } else if (dryRun && !plan.noChange()) {
                    out.println("Dry run: nothing changed.");
                }
            }
            out.flush();
            return 0;
        }

        private TopicsDefinition definition() {
            TopicsDefinition topics = definition == null ? TopicsDefinition.load() : TopicsDefinition.load(definition);
            try {
                if (partitions != null) {
                    topics = topics.withPartitions(partitions);
                }
                if (replicationFactor != null) {
                    topics = topics.withReplicationFactor(replicationFactor);
                }
                if (minInsyncReplicas != null) {
                    topics = topics.withMinInsyncReplicas(minInsyncReplicas);
                }
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            return topics;
        }

        private Properties adminProperties() {
            Properties props = new Properties();
            if (commandConfig != null) {
                try (Reader in = Files.newBufferedReader(commandConfig)) {
                    props.load(in);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + commandConfig, e);
                }
            }
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            return props;
        }
    }
}
