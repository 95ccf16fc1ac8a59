package io.earmark.producers.simulate;

import io.earmark.producers.publish.EventPublisher;
import io.earmark.producers.ticker.Ticker;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Streams a scenario to a live cluster: its events in delivery order (with the options' noise) through an
 * {@link EventPublisher}, paced to a target rate, then one round of heartbeats at the scenario's end so that
 * every partition's stream time reaches the latest eventTime and the expected deadlines fire.
 */
public final class ScenarioPublisher {
    private final EventPublisher events;
    private final Ticker ticker;
    private final Pacer pacer;

    public ScenarioPublisher(EventPublisher events, Ticker ticker, Pacer pacer) {
        this.events = events;
        this.ticker = ticker;
        this.pacer = pacer;
    }

    /** @return the number of events published (acknowledged); fails if any was refused */
    public long publish(Scenario scenario) {
        List<ScenarioEvent> delivered = Delivery.order(scenario);
        List<CompletableFuture<RecordMetadata>> acks = new ArrayList<>(delivered.size());
        for (int i = 0; i < delivered.size(); i++) {
            pacer.await(i);
            acks.add(events.publishEvent(delivered.get(i).record()));
        }
        events.flush();
        acks.forEach(CompletableFuture::join);
        ticker.tickOnce(scenario.end()).forEach(CompletableFuture::join);
        return acks.size();
    }
}
