package io.earmark.schemas.json;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundAlert;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/** The file names of an input directory (DESIGN.md "Files") and the record type each holds. */
public final class EventFiles {
    public static final String FUNDS_FILE = "funds.jsonl";
    public static final String MOVEMENTS_FILE = "movements.jsonl";
    public static final String ASSETS_FILE = "assets.jsonl";
    public static final String ALERTS_FILE = "alerts.jsonl";

    private static final Map<String, Class<? extends SpecificRecord>> TYPES = Map.of(
            FUNDS_FILE, FundEarmarked.class,
            MOVEMENTS_FILE, FundMovement.class,
            ASSETS_FILE, AssetRegistered.class,
            ALERTS_FILE, FundAlert.class);

    private EventFiles() {
    }

    /** The record type of a file with this name ({@code funds.jsonl} → FundEarmarked, ...), if it is one of ours. */
    public static Optional<Class<? extends SpecificRecord>> typeOf(String fileName) {
        return Optional.ofNullable(TYPES.get(fileName));
    }
}
