package io.earmark.schemas;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import org.apache.avro.specific.SpecificRecord;

/**
 * The record key DESIGN.md's topic table gives each input event: fundId for an earmark, fundId for a coloured
 * movement (fromId for an uncoloured one), assetId for a registration. Every publisher of input events uses it, so
 * the pipeline's co-partitioning holds.
 */
public final class EventKeys {

    private EventKeys() {
    }

    public static String keyOf(SpecificRecord event) {
        if (event instanceof FundEarmarked f) {
            return f.getFundId();
        }
        if (event instanceof FundMovement m) {
            return m.getFundId() != null ? m.getFundId() : m.getFromId();
        }
        if (event instanceof AssetRegistered a) {
            return a.getAssetId();
        }
        throw new IllegalArgumentException("not an input event: " + event.getSchema().getFullName());
    }
}
