package io.earmark.bench.phases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.bench.BenchTopics;
import io.earmark.schema.FundMovement;
import io.earmark.streams.topology.TopicNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class MixWorkloadTest {

    private final TopicNames topics = BenchTopics.named("latency-test");

    @Test
    void shouldMakeEveryTwentiethEventAProbe() {
        assertThat(LongStream.range(0, 60).filter(MixWorkload::isProbe)).containsExactly(19L, 39L, 59L);
        assertThat(MixWorkload.probes(19)).isZero();
        assertThat(MixWorkload.probes(20)).isEqualTo(1);
        assertThat(MixWorkload.probes(6_000)).isEqualTo(300);
    }

    @Test
    void shouldSendTheMixRestampedWithProbesBetween() {
        List<SpecificRecord> mix = new ArrayList<>();
        for (int i = 0; i < 38; i++) {
            mix.add(i % 2 == 0 ? ProbeFunds.earmark(i, Instant.EPOCH)
                    : ProbeFunds.diversion("mix-" + i, "FUND-" + i, 0L));
        }
        MixWorkload load = new MixWorkload(mix, topics);

        List<ProducerRecord<String, SpecificRecord>> sent = new ArrayList<>();
        for (long i = 0; i < 40; i++) {
            sent.add(load.next(i, 10_000 + i));
        }

        ProducerRecord<String, SpecificRecord> first = sent.get(0);
        assertThat(first.topic()).isEqualTo(topics.funds());
        assertThat(first.key()).isEqualTo("LAT-0");
        assertThat(first.timestamp()).isEqualTo(10_000L);
        assertThat(first.value().get(first.value().getSchema().getField("eventTime").pos()))
                .isEqualTo(Instant.ofEpochMilli(10_000));
        ProducerRecord<String, SpecificRecord> second = sent.get(1);
        assertThat(second.topic()).isEqualTo(topics.movements());
        assertThat(second.key()).isEqualTo("FUND-1");
        assertThat(((FundMovement) second.value()).getEventTime()).isEqualTo(Instant.ofEpochMilli(10_001));

        ProducerRecord<String, SpecificRecord> probe = sent.get(19);
        assertThat(probe.topic()).isEqualTo(topics.movements());
        assertThat(probe.key()).isEqualTo("LAT-0");
        assertThat(((FundMovement) probe.value()).getEventId()).isEqualTo("lat-19");
        assertThat(((FundMovement) probe.value()).getEventTime()).isEqualTo(Instant.ofEpochMilli(10_019));
        assertThat(sent.get(39).key()).isEqualTo("LAT-1");
        assertThat(((FundMovement) sent.get(20).value()).getEventId()).isEqualTo("mix-19");
        assertThat(load.probesAmong(40)).isEqualTo(2);
    }

    @Test
    void shouldSayWhenTheMixRunsOut() {
        MixWorkload load = new MixWorkload(List.of(ProbeFunds.earmark(0, Instant.EPOCH)), topics);
        load.next(0, 1);

        assertThatThrownBy(() -> load.next(1, 2)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldGenerateEnoughOfTheSimulatedMix() {
        MixWorkload load = MixWorkload.generate(2_000, 2024, topics);

        long sentAt = 0;
        for (long i = 0; i < 2_000; i++) {
            ProducerRecord<String, SpecificRecord> record = load.next(i, ++sentAt);
            assertThat(record.timestamp()).isEqualTo(sentAt);
            assertThat(ProbeFunds.isProbe(record.key())).isEqualTo(MixWorkload.isProbe(i));
        }
    }
}
