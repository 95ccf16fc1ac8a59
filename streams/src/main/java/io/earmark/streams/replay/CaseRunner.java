package io.earmark.streams.replay;

import io.earmark.schema.FundAlert;
import io.earmark.streams.topology.TopicNames;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;

/**
 * Runs a case whose input topics are complete (events, then heartbeats at the end). Without a what-if rules file:
 * one run under the live rules, writing {@code earmark.case.NAME.alerts} etc. With one: first a baseline run under
 * the live rules (application id {@code earmark-case-NAME-baseline}, outputs {@code earmark.case.NAME-baseline.*}),
 * then the case's run under the what-if rules, and the differences. Both read the same case inputs; neither touches a
 * live topic or the live application's state.
 */
final class CaseRunner {

    private CaseRunner() {
    }

    record Runs(RunResult run, RunResult baseline, AlertDiff diff) {
    }

    static Runs run(ReplayCluster cluster, TopicNames caseTopics, int partitions, CaseSpec spec,
                    Set<String> reportFunds, ReplayProgress progress) throws InterruptedException {
        RunResult baseline = null;
        Set<String> keep = new HashSet<>(reportFunds);
        if (spec.whatIf()) {
            TopicNames baselineTopics = outputsOf(caseTopics, TopicNames.forCase(spec.name() + "-baseline"));
            createOutputs(cluster, baselineTopics, partitions);
            baseline = PipelineRun.run(cluster, new RunSpec(spec.applicationId() + "-baseline", baselineTopics,
                    spec.liveRulesFile(), spec.threads(), spec.timeout()), keep::contains, progress);
            baseline.alerts().stream().map(FundAlert::getFundId).forEach(keep::add);
        }
        createOutputs(cluster, caseTopics, partitions);
        RunResult run = PipelineRun.run(cluster, new RunSpec(spec.applicationId(), caseTopics,
                spec.whatIf() ? spec.rulesFile() : spec.liveRulesFile(), spec.threads(), spec.timeout()),
                keep::contains, progress);
        AlertDiff diff = baseline == null ? null : AlertDiff.between(baseline.alerts(), run.alerts());
        return new Runs(run, baseline, diff);
    }

    /** The case's inputs with another case's outputs. */
    private static TopicNames outputsOf(TopicNames inputs, TopicNames outputs) {
        return new TopicNames(inputs.funds(), inputs.movements(), inputs.assets(), outputs.alerts(),
                outputs.fundStatus(), outputs.deadLetter(), outputs.kickbackSignals(), outputs.cases());
    }

    private static void createOutputs(ReplayCluster cluster, TopicNames topics, int partitions)
            throws InterruptedException {
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            CaseTopics.createOutputs(admin, topics, partitions);
        }
    }
}
