package io.earmark.producers.simulate;

import io.earmark.schemas.Topics;
import io.earmark.schemas.json.EventFiles;
import io.earmark.schemas.json.JsonLines;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a scenario as an input directory of DESIGN.md: funds.jsonl, movements.jsonl, assets.jsonl (each in
 * delivery order, see {@link Delivery}) and the ground truth expected-alerts.jsonl. Lines end with '\n'; the
 * output is a pure function of the scenario, byte for byte.
 */
public final class ScenarioWriter {
    public static final String EXPECTED_ALERTS_FILE = "expected-alerts.jsonl";
    private static final Map<String, String> FILES = Map.of(Topics.FUNDS, EventFiles.FUNDS_FILE,
            Topics.MOVEMENTS, EventFiles.MOVEMENTS_FILE, Topics.ASSETS, EventFiles.ASSETS_FILE);

    private ScenarioWriter() {
    }

    public static void write(Scenario scenario, Path dir) {
        try {
            Files.createDirectories(dir);
            List<ScenarioEvent> delivered = Delivery.order(scenario);
            for (Map.Entry<String, String> file : FILES.entrySet()) {
                try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(file.getValue()), StandardCharsets.UTF_8)) {
                    for (ScenarioEvent e : delivered) {
                        if (e.topic().equals(file.getKey())) {
                            out.write(JsonLines.write(e.record()));
                            out.write('\n');
                        }
                    }
                }
            }
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(EXPECTED_ALERTS_FILE), StandardCharsets.UTF_8)) {
                for (ExpectedAlert alert : scenario.expectedAlerts()) {
                    out.write(alert.toJsonLine());
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write scenario to " + dir, e);
        }
    }
}
