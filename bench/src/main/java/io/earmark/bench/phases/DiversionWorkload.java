package io.earmark.bench.phases;

import io.earmark.streams.topology.TopicNames;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Only probe diversions, round-robin over the probe funds: every event raises an alert and opens a case, which is
 * the pipeline's most expensive kind of event. The latency phase's original load ({@code --latency-workload
 * diversions}).
 */
final class DiversionWorkload implements ProbeLoad {

    private final TopicNames topics;

    DiversionWorkload(TopicNames topics) {
        this.topics = topics;
    }

    @Override
    public ProducerRecord<String, SpecificRecord> next(long index, long intendedMillis) {
        return probe(topics, index, index, intendedMillis);
    }

    @Override
    public long probesAmong(long sent) {
        return sent;
    }

    /** The diversion sent as event {@code index}, on the {@code probe}-th probe fund (round-robin). */
    static ProducerRecord<String, SpecificRecord> probe(TopicNames topics, long index, long probe,
                                                        long intendedMillis) {
        String fundId = ProbeFunds.idOf(probe);
        return new ProducerRecord<>(topics.movements(), null, intendedMillis, fundId,
                ProbeFunds.diversion("lat-" + index, fundId, intendedMillis));
    }
}
