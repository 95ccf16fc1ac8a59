package io.earmark.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.earmark.schema.AlertRule;
import io.earmark.schema.FundAlert;
import io.earmark.schemas.json.JsonLinesReader;
import io.earmark.schemas.json.ParsedLine;
import io.earmark.streams.replay.DetectionQuality;
import io.earmark.streams.replay.DetectionQuality.Expected;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./earmark quality --alerts FILE --expected FILE}: scores a run's alerts (e.g. the output of
 * {@code ./earmark replay}) against the simulator's ground truth ({@code expected-alerts.jsonl}) and prints precision
 * and recall per rule. Exit code 0 when both are 1.0 for every rule, 1 otherwise.
 */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = "Prints precision and recall per rule of alerts against a simulated scenario's ground truth.")
public final class QualityCommand implements Callable<Integer> {

    @Option(names = "--alerts", required = true, description = "Alerts as JSON Lines (FundAlert), e.g. replay output")
    Path alerts;

    @Option(names = "--expected", required = true, description = "The simulator's expected-alerts.jsonl")
    Path expected;

    @Override
    public Integer call() throws IOException {
        DetectionQuality quality = DetectionQuality.score(readExpected(expected), readAlerts(alerts));
        System.out.print(quality.table());
        return quality.perfect() ? 0 : 1;
    }

    static List<FundAlert> readAlerts(Path file) {
        List<FundAlert> alerts = new ArrayList<>();
        for (ParsedLine<FundAlert> line : JsonLinesReader.readAll(file, FundAlert.class)) {
            if (line.error() != null) {
                throw line.error();
            }
            alerts.add(line.record());
        }
        return alerts;
    }

    static List<Expected> readExpected(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Expected> truth = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = mapper.readTree(line);
            truth.add(new Expected(AlertRule.valueOf(node.get("rule").asText()), node.get("fundId").asText(),
                    node.get("amountAtRisk").asLong()));
        }
        return truth;
    }
}
