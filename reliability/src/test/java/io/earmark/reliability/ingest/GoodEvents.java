package io.earmark.reliability.ingest;

import io.earmark.producers.simulate.ScenarioEvent;
import io.earmark.producers.simulate.ScenarioGenerator;
import io.earmark.producers.simulate.SimulationOptions;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schemas.json.EventFiles;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/** Valid events to fuzz: those of a small simulated scenario (fixed seed), funds, movements and assets. */
final class GoodEvents {
    /** Distinct events, in the scenario's order. */
    static final List<SpecificRecord> POOL = ScenarioGenerator.generate(SimulationOptions.of(40, 8, 0.3)).events()
            .stream().map(ScenarioEvent::record).distinct().toList();

    private GoodEvents() {
    }

    /** The input file an event belongs in. */
    static String fileOf(SpecificRecord event) {
        if (event instanceof FundEarmarked) {
            return EventFiles.FUNDS_FILE;
        }
        return event instanceof FundMovement ? EventFiles.MOVEMENTS_FILE : EventFiles.ASSETS_FILE;
    }
}
