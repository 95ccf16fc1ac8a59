package io.earmark.reliability.poison;

import static io.earmark.streams.testing.Events.BANK;
import static io.earmark.streams.testing.Events.OPERATOR;
import static io.earmark.streams.testing.Events.OUTSIDER;
import static io.earmark.streams.testing.Events.fund;
import static io.earmark.streams.testing.Events.minutes;
import static io.earmark.streams.testing.Events.move;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.reliability.fixture.LaunchedPipeline;
import io.earmark.reliability.poison.PoisonPills.Pill;
import io.earmark.reliability.support.Figures;
import io.earmark.reliability.support.InputWriter;
import io.earmark.reliability.support.PrivatePipeline;
import io.earmark.reliability.support.TopicContents;
import io.earmark.schema.Channel;
import io.earmark.schema.FundAlert;
import io.earmark.schema.Registry;
import io.earmark.schemas.DeadLetterHeaders;
import io.earmark.streams.testing.Events;
import io.earmark.streams.topology.TopicNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case on a pipeline started as an operator starts it ({@code ./earmark pipeline}): one well-formed record
 * past each bound - among them an investment subsidy of 9 x 10^17 tiyn with its lease registration, which once
 * stopped the whole pipeline - between the events of two ordinary funds. Every hostile record is dead-lettered as
 * OUT_OF_RANGE naming its field, the process keeps running, and the ordinary funds' alerts come out.
 */
@ExtendWith(KafkaStackExtension.class)
class HostileRecordsIT {

    private static final int PARTITIONS = 2;
    private static final Duration PROCESSING = Duration.ofSeconds(120);

    @Test
    void shouldDeadLetterEveryRecordPastABoundAndKeepRaisingTheOrdinaryAlerts(KafkaStack stack) throws Exception {
        TopicNames topics = PrivatePipeline.createTopics(stack, "hostile", PARTITIONS);
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "hostile-pipeline-");
        try (LaunchedPipeline pipeline = new LaunchedPipeline(dir, PrivatePipeline.settings(stack, "hostile", topics))
                .start();
             InputWriter writer = new InputWriter(stack)) {
            List<Pill> hostile = PoisonPills.outOfRange(topics, writer);

            // Given an ordinary fund released to its bank and withdrawn in cash
            writer.event(topics.funds(), fund("F-CASH", minutes(0)));
            writer.event(topics.movements(), move("M-CASH-1", "F-CASH", OPERATOR, BANK, Events.AMOUNT, minutes(10)));
            writer.event(topics.movements(), move("M-CASH-2", "F-CASH", BANK, OUTSIDER, 1_000_00L, minutes(20),
                    Channel.CASH_WITHDRAWAL));

            // When every hostile record goes in, the absurd subsidy's lease registration and a second fund after them
            for (Pill pill : hostile) {
                writer.raw(pill.topic(), null, pill.key(), pill.value(), minutes(30).toEpochMilli());
            }
            writer.event(topics.assets(), Events.asset("A-LEASE", "LEASE-HUGE", Events.BENEFICIARY, "F-HUGE",
                    50_000_000_00L, minutes(40), Registry.LEASE_REGISTRY));
            writer.event(topics.funds(), fund("F-DIVERT", minutes(50)));
            writer.event(topics.movements(), move("M-DIV-1", "F-DIVERT", OPERATOR, BANK, Events.AMOUNT, minutes(60)));
            writer.event(topics.movements(), move("M-DIV-2", "F-DIVERT", BANK, OUTSIDER, 2_000_00L, minutes(70)));
            writer.heartbeats(List.of(topics.funds(), topics.movements(), topics.assets()), PARTITIONS, minutes(120));

            // Then the ordinary alerts come out
            List<FundAlert> alerts = TopicContents.alerts(stack, topics.alerts(), 2, PROCESSING);
            assertThat(alerts).extracting(a -> tuple(a.getRule().name(), a.getFundId(), a.getAmountAtRisk()))
                    .containsExactlyInAnyOrder(tuple("CASH_WITHDRAWAL", "F-CASH", 1_000_00L),
                            tuple("DIVERTED_FUNDS", "F-DIVERT", 2_000_00L));

            // And each hostile record is a dead letter saying which field is out of range
            List<ConsumerRecord<byte[], byte[]>> letters = TopicContents.raw(stack, topics.deadLetter(),
                    hostile.size(), PROCESSING);
            assertThat(letters).hasSize(hostile.size());
            assertThat(letters).extracting(l -> TopicContents.headers(l).get(DeadLetterHeaders.REASON))
                    .containsOnly("OUT_OF_RANGE");
            assertThat(letters).extracting(ConsumerRecord::value)
                    .containsExactlyInAnyOrderElementsOf(hostile.stream().map(Pill::value).toList());
            assertThat(letters).extracting(l -> TopicContents.headers(l).get(DeadLetterHeaders.DETAIL))
                    .allSatisfy(detail -> assertThat(detail).startsWith("field \""));
            pipeline.failIfDead();
            assertThat(Files.readString(dir.resolve("pipeline.log"))).doesNotContain("ArithmeticException")
                    .doesNotContain("PENDING_ERROR");

            Figures.write("hostile-records", Map.of(
                    "hostileSent", hostile.size(),
                    "deadLettered", letters.size(),
                    "hostileKinds", hostile.stream().map(Pill::name).toList(),
                    "fieldsNamed", letters.stream().map(l -> TopicContents.headers(l).get(DeadLetterHeaders.DETAIL))
                            .map(d -> d.substring(0, d.indexOf(':'))).collect(Collectors.toCollection(
                                    java.util.ArrayList::new)),
                    "alertsRaised", alerts.size(),
                    "pipelineRunningAfterwards", pipeline.isAlive()));
        }
    }
}
