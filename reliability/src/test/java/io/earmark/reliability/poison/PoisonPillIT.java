package io.earmark.reliability.poison;

import static io.earmark.streams.testing.Events.OUTSIDER;
import static io.earmark.streams.testing.Events.diversion;
import static io.earmark.streams.testing.Events.fund;
import static io.earmark.streams.testing.Events.minutes;
import static io.earmark.streams.testing.Events.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.reliability.poison.PoisonPills.Pill;
import io.earmark.reliability.support.Figures;
import io.earmark.reliability.support.InputWriter;
import io.earmark.reliability.support.PrivatePipeline;
import io.earmark.reliability.support.TopicContents;
import io.earmark.schema.FundAlert;
import io.earmark.schemas.DeadLetterHeaders;
import io.earmark.streams.app.PipelineConfig;
import io.earmark.streams.topology.TopicNames;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Poison pills on the real broker and registry: every kind of bad record, interleaved with good events on the input
 * topics of a running pipeline. Each pill must come out on the dead-letter topic with its original bytes, its reason
 * and its source topic, partition and offset; the pipeline must keep running and raise the good events' alerts,
 * those sent after the pills included; the count per reason must be what was sent.
 */
@ExtendWith(KafkaStackExtension.class)
class PoisonPillIT {
    private static final int PARTITIONS = 3;
    private static final long SEED = 20241001L;
    private static final Duration PROCESSING = Duration.ofSeconds(90);

    @Test
    void shouldDeadLetterEveryPillWithReasonAndSourceAndKeepRaisingAlerts(KafkaStack stack) throws Exception {
        try (PrivatePipeline pipeline = PrivatePipeline.start(stack, "poison", PARTITIONS);
             InputWriter writer = new InputWriter(stack)) {
            TopicNames topics = pipeline.topics();
            List<Pill> pills = PoisonPills.all(topics, writer, SEED, PipelineConfig.DEFAULT_DECODE_MAX_BYTES);
            List<String> funds = List.of("F-1", "F-2", "F-3", "F-4");

            // Given four funds released to the bank; the first two diverted before any pill
            for (int i = 0; i < funds.size(); i++) {
                writer.event(topics.funds(), fund(funds.get(i), minutes(i)));
                writer.event(topics.movements(), release(funds.get(i), minutes(10 + i)));
            }
            writer.event(topics.movements(), diversion("F-1", divertedAmount(0), minutes(60)));
            writer.event(topics.movements(), diversion("F-2", divertedAmount(1), minutes(61)));

            // When the pills go in, a third diversion among them and the fourth after them
            Map<Pill, RecordMetadata> sent = new LinkedHashMap<>();
            for (int i = 0; i < pills.size(); i++) {
                Pill pill = pills.get(i);
                sent.put(pill, writer.raw(pill.topic(), null, pill.key(), pill.value(), minutes(90).toEpochMilli()));
                if (i == pills.size() / 2) {
                    writer.event(topics.movements(), diversion("F-3", divertedAmount(2), minutes(100)));
                }
            }
            writer.event(topics.movements(), diversion("F-4", divertedAmount(3), minutes(110)));
            writer.heartbeats(List.of(topics.funds(), topics.movements(), topics.assets()), PARTITIONS, minutes(180));

            // Then every good event's alert comes out, those after the pills included
            List<FundAlert> alerts = TopicContents.alerts(stack, topics.alerts(), funds.size(), PROCESSING);
            assertThat(alerts)
                    .extracting(a -> tuple(a.getRule().name(), a.getFundId(), a.getCounterpartyId(), a.getAmountAtRisk()))
                    .containsExactlyInAnyOrder(
                            tuple("DIVERTED_FUNDS", "F-1", OUTSIDER, divertedAmount(0)),
                            tuple("DIVERTED_FUNDS", "F-2", OUTSIDER, divertedAmount(1)),
                            tuple("DIVERTED_FUNDS", "F-3", OUTSIDER, divertedAmount(2)),
                            tuple("DIVERTED_FUNDS", "F-4", OUTSIDER, divertedAmount(3)));

            // And each pill is on the dead-letter topic once, as sent, saying why and where from
            List<ConsumerRecord<byte[], byte[]>> letters = TopicContents.raw(stack, topics.deadLetter(), pills.size(),
                    PROCESSING);
            assertThat(letters).hasSize(pills.size());
            Map<String, ConsumerRecord<byte[], byte[]>> bySource = letters.stream()
                    .collect(Collectors.toMap(PoisonPillIT::source, Function.identity()));
            sent.forEach((pill, where) -> {
                ConsumerRecord<byte[], byte[]> letter = bySource.get(where.topic() + "-" + where.partition() + "@"
                        + where.offset());
                assertThat(letter).as("dead letter of %s at %s", pill.name(), where).isNotNull();
                Map<String, String> headers = TopicContents.headers(letter);
                assertThat(headers).as(pill.name())
                        .containsEntry(DeadLetterHeaders.REASON, pill.reason())
                        .containsEntry(DeadLetterHeaders.WRITER, "pipeline")
                        .hasEntrySatisfying(DeadLetterHeaders.DETAIL, detail -> assertThat(detail).isNotBlank());
                assertThat(letter.key()).as(pill.name()).isEqualTo(pill.key());
                assertThat(letter.value()).as(pill.name()).isEqualTo(pill.value());
            });
            Map<String, Long> sentByReason = countByReason(pills.stream().map(Pill::reason).toList());
            Map<String, Long> letteredByReason = countByReason(letters.stream()
                    .map(l -> TopicContents.headers(l).get(DeadLetterHeaders.REASON)).toList());
            assertThat(letteredByReason).isEqualTo(sentByReason);
            assertThat(pipeline.isHealthy()).as("pipeline still running, failure: %s", pipeline.failure()).isTrue();

            Figures.write("poison-pills", Map.of(
                    "pillsSent", pills.size(),
                    "deadLettered", letters.size(),
                    "sentByReason", sentByReason,
                    "deadLetteredByReason", letteredByReason,
                    "alertsExpected", funds.size(),
                    "alertsRaised", alerts.size(),
                    "pipelineRunningAfterwards", pipeline.isHealthy()));
        }
    }

    private static long divertedAmount(int fund) {
        return 1_000_00L * (fund + 1);
    }

    private static String source(ConsumerRecord<byte[], byte[]> letter) {
        Map<String, String> h = TopicContents.headers(letter);
        return h.get(DeadLetterHeaders.SOURCE_TOPIC) + "-" + h.get(DeadLetterHeaders.SOURCE_PARTITION) + "@"
                + h.get(DeadLetterHeaders.SOURCE_OFFSET);
    }

    private static Map<String, Long> countByReason(List<String> reasons) {
        return reasons.stream().collect(Collectors.groupingBy(r -> r, TreeMap::new, Collectors.counting()));
    }
}
