package io.earmark.streams.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.producers.simulate.Scenario;
import io.earmark.producers.simulate.ScenarioEvent;
import io.earmark.producers.simulate.ScenarioGenerator;
import io.earmark.producers.simulate.SimulationOptions;
import io.earmark.schema.AlertRule;
import io.earmark.schema.FundAlert;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.streams.replay.report.CaseReport;
import io.earmark.streams.replay.report.CaseReportBuilder;
import io.earmark.streams.topology.TopicNames;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replay from topics on the shared broker. Given: a "live" pipeline that processed a simulated scenario from its own
 * input topics to the end. When: an investigator replays an event-time slice of those topics as a case. Then: for
 * every fund whose whole lifecycle (and everything its rules need, see {@link Selection}) lies inside the slice, the
 * case raises exactly the alertIds the live run raised; the same holds for a replay narrowed to some of those funds,
 * and the live topics are left as they were.
 */
@ExtendWith(KafkaStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicReplayIT {

    private static final Instant FROM = Instant.parse("2024-10-09T00:00:00Z");
    private static final Instant TO = Instant.parse("2024-11-25T00:00:00Z");
    private static final int PARTITIONS = 3;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final TopicNames live = TopicNames.forCase("live-" + suffix);
    private ReplayCluster cluster;
    private List<SpecificRecord> events;
    private List<FundAlert> liveAlerts;
    private Set<String> wholeFunds;

    @BeforeAll
    void runTheLivePipeline(KafkaStack stack) throws Exception {
        cluster = ReplayCluster.of(stack.bootstrapServers(), stack.registryUrl());
        Scenario scenario = ScenarioGenerator.generate(SimulationOptions.of(120, 8, 0.2));
        events = scenario.events().stream().map(ScenarioEvent::record).toList();
        try (Admin admin = Admin.create(cluster.clientProperties())) {
            CaseTopics.createInputs(admin, live, PARTITIONS);
            CaseTopics.createOutputs(admin, live, PARTITIONS);
        }
        CasePublisher.publish(cluster, events, live, n -> { });
        HeartbeatSender.send(cluster, List.of(live.funds(), live.movements(), live.assets()), scenario.end(), "live");
        liveAlerts = PipelineRun.run(cluster, new RunSpec("live-" + suffix, live, null, 1, Duration.ofMinutes(10)),
                id -> false, ReplayProgress.lines(System.err)).alerts();
        wholeFunds = wholeFundsInSlice();
    }

    @Test
    void shouldRaiseTheLiveAlertIdsForEveryFundWhollyInsideTheSlice() throws Exception {
        CaseResult slice = TopicReplay.run(cluster, live, FROM, TO, Selection.everything(),
                CaseSpec.named("slice-" + suffix), ReplayProgress.lines(System.err));

        Set<String> expected = alertIdsOf(liveAlerts, wholeFunds);
        assertThat(liveAlerts.stream().filter(a -> wholeFunds.contains(a.getFundId())).map(FundAlert::getRule)
                .distinct()).as("the slice holds funds with alerts of several rules").hasSizeGreaterThanOrEqualTo(4);
        assertThat(alertIdsOf(slice.run().alerts(), wholeFunds)).isEqualTo(expected);
        assertThat(slice.input().end()).isEqualTo(TO);
        assertThat(slice.run().alerts()).allSatisfy(a -> assertThat(a.getDetectedAt()).isBefore(TO));
    }

    @Test
    void shouldRaiseTheLiveAlertIdsOfTheFundsItWasNarrowedTo() throws Exception {
        Set<String> chosen = liveAlerts.stream().filter(a -> wholeFunds.contains(a.getFundId()))
                .filter(a -> a.getRule() == AlertRule.KICKBACK_SUSPECTED || a.getRule() == AlertRule.DUPLICATE_ASSET
                        || a.getRule() == AlertRule.ASSET_SHORTFALL)
                .map(FundAlert::getFundId).collect(Collectors.toCollection(TreeSet::new));
        assertThat(chosen).as("whole funds with cross-fund rules").isNotEmpty();

        CaseResult narrowed = TopicReplay.run(cluster, live, FROM, TO, new Selection(chosen, Set.of()),
                CaseSpec.named("narrow-" + suffix), ReplayProgress.lines(System.err));

        assertThat(alertIdsOf(narrowed.run().alerts(), chosen)).isEqualTo(alertIdsOf(liveAlerts, chosen));
        assertThat(narrowed.input().events().size()).isLessThan(events.size() / 4);
        CaseReport report = CaseReportBuilder.build(narrowed);
        assertThat(report.funds()).filteredOn(CaseReport.FundReport::selected)
                .extracting(CaseReport.FundReport::fundId).containsExactlyElementsOf(chosen);
        assertThat(AlertReader.readAll(cluster, live.alerts())).as("the live output is untouched")
                .hasSameSizeAs(liveAlerts);
    }

    /**
     * Funds whose every needed event ({@link Selection}'s closure for the fund) lies in [FROM, TO] and whose live
     * alerts were all detected before TO (a deadline at TO or later cannot fire in the case).
     */
    private Set<String> wholeFundsInSlice() {
        Set<String> funds = new TreeSet<>();
        for (SpecificRecord e : events) {
            if (e instanceof FundEarmarked f) {
                funds.add(f.getFundId());
            } else if (e instanceof FundMovement m && m.getFundId() != null) {
                funds.add(m.getFundId());
            }
        }
        return funds.stream().filter(fund -> {
            var needs = new Selection(Set.of(fund), Set.of()).over(events);
            return events.stream().filter(needs).map(InputEvents::eventTime)
                    .allMatch(t -> !t.isBefore(FROM) && !t.isAfter(TO))
                    && liveAlerts.stream().filter(a -> a.getFundId().equals(fund))
                    .allMatch(a -> a.getDetectedAt().isBefore(TO));
        }).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> alertIdsOf(List<FundAlert> alerts, Set<String> funds) {
        return alerts.stream().filter(a -> funds.contains(a.getFundId())).map(FundAlert::getAlertId)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
