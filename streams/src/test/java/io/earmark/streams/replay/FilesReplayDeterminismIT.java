package io.earmark.streams.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.producers.simulate.Scenario;
import io.earmark.producers.simulate.ScenarioGenerator;
import io.earmark.producers.simulate.ScenarioWriter;
import io.earmark.producers.simulate.SimulationOptions;
import io.earmark.schema.AlertRule;
import io.earmark.schema.FundAlert;
import io.earmark.streams.replay.DetectionQuality.Expected;
import io.earmark.streams.replay.report.CaseReport;
import io.earmark.streams.replay.report.CaseReportBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract of the files replay on the real broker: a simulated scenario (120 funds, every rule, with out-of-order
 * lines, redelivered events and late registrations in its files) gives byte-identical alert files with 1 and 6
 * partitions and 1 and 2 stream threads, and those alerts are exactly the simulator's ground truth. A what-if run
 * with a lower kickback share (10 % instead of 30 %) shows the kickbacks the live rules let through.
 */
@ExtendWith(KafkaStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilesReplayDeterminismIT {

    private static final SimulationOptions OPTIONS = SimulationOptions.of(120, 8, 0.2).withNoise(90, 0.05, true);

    private final Path work = Path.of("target", "replay-it", "determinism");
    private Scenario scenario;
    private ReplayInput input;
    private ReplayCluster cluster;

    @BeforeAll
    void writeScenario(KafkaStack stack) throws Exception {
        scenario = ScenarioGenerator.generate(OPTIONS);
        ScenarioWriter.write(scenario, work.resolve("input"));
        input = InputDirectory.read(work.resolve("input"));
        cluster = ReplayCluster.of(stack.bootstrapServers(), stack.registryUrl());
    }

    @Test
    void shouldWriteTheSameBytesWhateverThePartitionsAndThreadsAndMatchTheGroundTruth() throws Exception {
        Path onePartition = replay(1, 1, null, "p1-t1").resolveSibling("p1-t1.jsonl");
        Path sixPartitionsTwoThreads = replay(6, 2, null, "p6-t2").resolveSibling("p6-t2.jsonl");
        Path sixPartitions = replay(6, 1, null, "p6-t1").resolveSibling("p6-t1.jsonl");

        byte[] expected = Files.readAllBytes(onePartition);
        assertThat(sixPartitionsTwoThreads).hasBinaryContent(expected);
        assertThat(sixPartitions).hasBinaryContent(expected);
        var alerts = io.earmark.schemas.json.JsonLinesReader.readAll(onePartition, FundAlert.class).stream()
                .map(l -> l.record()).toList();
        DetectionQuality quality = DetectionQuality.score(scenario.expectedAlerts().stream()
                .map(e -> new Expected(e.rule(), e.fundId(), e.amountAtRisk())).toList(), alerts);
        assertThat(quality.scores()).filteredOn(s -> s.expected() > 0).hasSize(AlertRule.values().length);
        assertThat(quality.perfect()).as(quality.table()).isTrue();
    }

    @Test
    void shouldShowTheKickbacksALowerShareThresholdAdds() throws Exception {
        Path rules = work.resolve("kickback-10pct.yaml");
        Files.writeString(rules, "version: \"what-if-kickback-10pct\"\ndefaults:\n  kickbackShareBps: 1000\n");

        CaseResult result = run(6, 1, rules, "what-if");
        AlertDiff diff = result.diff();

        Set<String> liveKickbackFunds = result.baseline().alerts().stream()
                .filter(a -> a.getRule() == AlertRule.KICKBACK_SUSPECTED).map(FundAlert::getFundId)
                .collect(Collectors.toSet());
        assertThat(diff.appeared()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.getRule()).isEqualTo(AlertRule.KICKBACK_SUSPECTED);
            assertThat(a.getRuleVersion()).isEqualTo("what-if-kickback-10pct");
            assertThat(liveKickbackFunds).doesNotContain(a.getFundId());
        });
        assertThat(diff.disappeared()).isEmpty();
        assertThat(diff.changed()).allSatisfy(c -> {
            assertThat(c.after().getRule()).isEqualTo(AlertRule.KICKBACK_SUSPECTED);
            assertThat(c.after().getDetectedAt()).isBeforeOrEqualTo(c.before().getDetectedAt());
        });
        CaseReport report = CaseReportBuilder.build(result);
        assertThat(report.whatIf().appeared()).isEqualTo(diff.appeared().size());
        assertThat(report.funds()).extracting(CaseReport.FundReport::fundId)
                .containsAll(diff.appeared().stream().map(FundAlert::getFundId).toList());
    }

    private Path replay(int partitions, int threads, Path rules, String name) throws Exception {
        CaseResult result = run(partitions, threads, rules, name);
        Path file = work.resolve(name + ".jsonl");
        AlertOrder.write(file, result.run().alerts());
        return file;
    }

    private CaseResult run(int partitions, int threads, Path rules, String name) throws InterruptedException {
        CaseSpec spec = CaseSpec.named(name + "-" + UUID.randomUUID().toString().substring(0, 8)).withRules(rules)
                .withThreads(threads);
        return FilesReplay.run(cluster, work.toString(), input, spec, partitions, Set.of(),
                ReplayProgress.lines(System.err));
    }
}
