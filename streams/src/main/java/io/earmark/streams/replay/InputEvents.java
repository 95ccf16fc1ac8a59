package io.earmark.streams.replay;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.streams.topology.TopicNames;
import java.time.Instant;
import org.apache.avro.specific.SpecificRecord;

/**
 * What a replay needs to know about an input event (FundEarmarked, FundMovement or AssetRegistered): its input topic
 * among a case's topics, its key as DESIGN.md's topic table fixes it (fundId; an uncoloured movement's fromId;
 * assetId), its eventId and its eventTime. The key matters: the core reads earmarks and movements of a fund from the
 * same partition number, so a case topic must be keyed exactly like the live one.
 */
public final class InputEvents {

    private InputEvents() {
    }

    public static String topicOf(SpecificRecord event, TopicNames topics) {
        if (event instanceof FundEarmarked) {
            return topics.funds();
        }
        if (event instanceof FundMovement) {
            return topics.movements();
        }
        if (event instanceof AssetRegistered) {
            return topics.assets();
        }
        throw notAnInput(event);
    }

    public static Instant eventTime(SpecificRecord event) {
        return (Instant) event.get(event.getSchema().getField("eventTime").pos());
    }

    public static String eventId(SpecificRecord event) {
        return String.valueOf(event.get(event.getSchema().getField("eventId").pos()));
    }

    private static IllegalArgumentException notAnInput(SpecificRecord event) {
        return new IllegalArgumentException("not an input event: " + event.getSchema().getFullName());
    }
}
