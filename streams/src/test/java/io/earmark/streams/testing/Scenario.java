package io.earmark.streams.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schemas.json.EventFiles;
import io.earmark.schemas.json.JsonLinesReader;
import io.earmark.schemas.json.ParsedLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * A scenario directory of JSON Lines files (DESIGN.md's format) with {@code expected-alerts.jsonl}: what the
 * pipeline must report for it, written by hand from the rules, one {alertId, rule, fundId, severity, amountAtRisk}
 * a line.
 */
public record Scenario(List<SpecificRecord> events, List<ExpectedAlert> expected, Instant end) {

    public record ExpectedAlert(String alertId, String rule, String fundId, String severity, long amountAtRisk) {
    }

    public static Scenario load(String resource) {
        try {
            Path dir = Path.of(Scenario.class.getClassLoader().getResource(resource).toURI());
            List<SpecificRecord> events = new ArrayList<>();
            events.addAll(read(dir.resolve(EventFiles.FUNDS_FILE), FundEarmarked.class));
            events.addAll(read(dir.resolve(EventFiles.MOVEMENTS_FILE), FundMovement.class));
            events.addAll(read(dir.resolve(EventFiles.ASSETS_FILE), AssetRegistered.class));
            events.sort(Comparator.comparing(Scenario::eventTime));
            List<ExpectedAlert> expected = new ArrayList<>();
            ObjectMapper mapper = new ObjectMapper();
            for (String line : Files.readAllLines(dir.resolve("expected-alerts.jsonl"))) {
                JsonNode n = mapper.readTree(line);
                expected.add(new ExpectedAlert(n.get("alertId").asText(), n.get("rule").asText(),
                        n.get("fundId").asText(), n.get("severity").asText(), n.get("amountAtRisk").asLong()));
            }
            return new Scenario(events, expected, eventTime(events.get(events.size() - 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T extends SpecificRecord> List<T> read(Path file, Class<T> type) throws IOException {
        List<T> records = new ArrayList<>();
        for (ParsedLine<T> line : JsonLinesReader.readAll(file, type)) {
            if (line.error() != null) {
                throw line.error();
            }
            records.add(line.record());
        }
        return records;
    }

    public static Instant eventTime(SpecificRecord event) {
        return (Instant) event.get(event.getSchema().getField("eventTime").pos());
    }
}
