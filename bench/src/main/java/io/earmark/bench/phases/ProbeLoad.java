package io.earmark.bench.phases;

import io.earmark.streams.topology.TopicNames;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/** The events the latency phase's open-loop generator sends, one at a time, in order. */
interface ProbeLoad {

    /**
     * The {@code index}-th event to send (from 0), with its intended send time as eventTime and as the record's
     * timestamp.
     */
    ProducerRecord<String, SpecificRecord> next(long index, long intendedMillis);

    /** How many of the first {@code sent} events are probe diversions, i.e. how many probe alerts to wait for. */
    long probesAmong(long sent);

    /** The load for {@code workload}, {@code total} events long. */
    static ProbeLoad of(LatencyWorkload workload, long total, long seed, TopicNames topics) {
        return workload == LatencyWorkload.MIX ? MixWorkload.generate(total, seed, topics)
                : new DiversionWorkload(topics);
    }
}
