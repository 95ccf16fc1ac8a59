package io.earmark.producers.ingest;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schemas.SampleEvents;
import io.earmark.schemas.json.JsonLines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Small input files for ingest tests: events at chosen minutes after a fixed instant, and raw bad lines. */
final class InputFiles {
    static final Instant T0 = Instant.parse("2024-10-01T09:00:00Z");

    private InputFiles() {
    }

    static String fund(String id, int minute) {
        return JsonLines.write(FundEarmarked.newBuilder(SampleEvents.fundEarmarked()).setEventId("f-" + id)
                .setFundId(id).setEventTime(T0.plusSeconds(60L * minute)).build());
    }

    static String movement(String id, int minute) {
        return JsonLines.write(FundMovement.newBuilder(SampleEvents.fundMovement()).setEventId(id)
                .setEventTime(T0.plusSeconds(60L * minute)).build());
    }

    static String asset(String id, int minute) {
        return JsonLines.write(AssetRegistered.newBuilder(SampleEvents.assetRegistered()).setEventId(id)
                .setAssetId("KZ-" + id).setEventTime(T0.plusSeconds(60L * minute)).build());
    }

    static void write(Path dir, String file, String... lines) {
        try {
            Files.write(dir.resolve(file), List.of(lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
