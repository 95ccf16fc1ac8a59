package io.earmark.producers.simulate;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schemas.Topics;
import org.apache.avro.specific.SpecificRecord;

import java.time.Instant;

/**
 * One event of a scenario: the Avro record and, for ordering, its eventTime and a creation sequence number
 * (ties of eventTime are broken by creation order, so ordering is deterministic).
 */
public record ScenarioEvent(SpecificRecord record, Instant eventTime, long sequence) {

    public String topic() {
        if (record instanceof FundEarmarked) {
            return Topics.FUNDS;
        }
        return record instanceof FundMovement ? Topics.MOVEMENTS : Topics.ASSETS;
    }

    public String eventId() {
        if (record instanceof FundEarmarked f) {
            return f.getEventId();
        }
        if (record instanceof FundMovement m) {
            return m.getEventId();
        }
        return ((AssetRegistered) record).getEventId();
    }
}
