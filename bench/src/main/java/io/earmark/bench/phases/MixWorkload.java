package io.earmark.bench.phases;

import io.earmark.producers.simulate.Delivery;
import io.earmark.producers.simulate.ScenarioEvent;
import io.earmark.producers.simulate.ScenarioGenerator;
import io.earmark.producers.simulate.SimulationOptions;
import io.earmark.schemas.EventKeys;
import io.earmark.streams.topology.TopicNames;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The simulator's event mix, as {@link Preload} writes it for the drain (same scenario size and fraud rate, delivery
 * order, the contract's keys), with every {@link #PROBE_EVERY}-th event a probe diversion instead. Each mix event
 * is re-stamped with its intended send time: clean delivery is event-time order, and the send times only grow, so
 * every partition still sees its events in event-time order. The probes count towards the rate like any other
 * event.
 */
final class MixWorkload implements ProbeLoad {

    /**
     * One sent event in this many is a probe diversion. 1 in 20 keeps the load close to the mix S is measured on
     * (a probe costs more than a mix event, so the load is somewhat heavier than the mix alone) and still gives
     * about 1,200 samples after the warm-up of a 30 s run at 1,000 events/s.
     */
    static final int PROBE_EVERY = 20;

    private final TopicNames topics;
    private final Iterator<SpecificRecord> mix;

    MixWorkload(List<SpecificRecord> mix, TopicNames topics) {
        this.topics = topics;
        this.mix = mix.iterator();
    }

    /** A mix long enough for {@code total} sent events, probes included, from the simulator seeded {@code seed}. */
    static MixWorkload generate(long total, long seed, TopicNames topics) {
        long needed = total - probes(total);
        int funds = (int) Math.min(Integer.MAX_VALUE, needed / 15 + 10);
        while (true) {
            List<ScenarioEvent> ordered = Delivery.order(ScenarioGenerator.generate(
                    SimulationOptions.of(funds, seed, 0.05)));
            if (ordered.size() >= needed) {
                return new MixWorkload(ordered.subList(0, (int) needed).stream().map(ScenarioEvent::record)
                        .toList(), topics);
            }
            funds *= 2;
        }
    }

    /** True when the {@code index}-th sent event (from 0) is a probe: the 20th, the 40th, … */
    static boolean isProbe(long index) {
        return index % PROBE_EVERY == PROBE_EVERY - 1;
    }

    /** How many of the first {@code sent} events are probes. */
    static long probes(long sent) {
        return sent / PROBE_EVERY;
    }

    @Override
    public ProducerRecord<String, SpecificRecord> next(long index, long intendedMillis) {
        if (isProbe(index)) {
            return DiversionWorkload.probe(topics, index, index / PROBE_EVERY, intendedMillis);
        }
        if (!mix.hasNext()) {
            throw new IllegalStateException("the mix ran out at event " + index);
        }
        SpecificRecord event = EventTimes.withEventTime(mix.next(), Instant.ofEpochMilli(intendedMillis));
        return new ProducerRecord<>(Preload.topicOf(event, topics), null, intendedMillis, EventKeys.keyOf(event),
                event);
    }

    @Override
    public long probesAmong(long sent) {
        return probes(sent);
    }
}
