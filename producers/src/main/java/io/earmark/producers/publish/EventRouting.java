package io.earmark.producers.publish;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schemas.EventKeys;
import io.earmark.schemas.Topics;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Where an event goes (DESIGN.md "Topics"): FundEarmarked → earmark.funds.v1 keyed by fundId; FundMovement →
 * earmark.movements.v1 keyed by fundId, or by fromId when uncoloured; AssetRegistered → earmark.assets.v1 keyed
 * by assetId. The record timestamp is the event's eventTime, which the pipeline relies on.
 */
public final class EventRouting {
    private EventRouting() {
    }

    public static ProducerRecord<String, SpecificRecord> route(SpecificRecord event) {
        if (event instanceof FundEarmarked f) {
            return record(Topics.FUNDS, f.getEventTime().toEpochMilli(), event);
        }
        if (event instanceof FundMovement m) {
            return record(Topics.MOVEMENTS, m.getEventTime().toEpochMilli(), event);
        }
        if (event instanceof AssetRegistered a) {
            return record(Topics.ASSETS, a.getEventTime().toEpochMilli(), event);
        }
        throw new IllegalArgumentException("not an input event: " + event.getSchema().getFullName());
    }

    private static ProducerRecord<String, SpecificRecord> record(String topic, long timestamp, SpecificRecord value) {
        return new ProducerRecord<>(topic, null, timestamp, EventKeys.keyOf(value), value);
    }
}
