package io.earmark.producers.simulate;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schemas.json.EventFiles;
import io.earmark.schemas.json.JsonLinesReader;
import io.earmark.schemas.json.ParsedLine;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioWriterTest {
    private static final List<String> FILES = List.of(EventFiles.FUNDS_FILE, EventFiles.MOVEMENTS_FILE,
            EventFiles.ASSETS_FILE, ScenarioWriter.EXPECTED_ALERTS_FILE);

    @TempDir
    Path dir;

    @Test
    void shouldWriteTheSameBytesForTheSameSeed() throws IOException {
        SimulationOptions options = SimulationOptions.of(150, 77, 0.2).withNoise(30, 0.05, true);

        ScenarioWriter.write(ScenarioGenerator.generate(options), dir.resolve("a"));
        ScenarioWriter.write(ScenarioGenerator.generate(options), dir.resolve("b"));

        for (String file : FILES) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file)))
                    .as(file).isNotEmpty().isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
    }

    @Test
    void shouldWriteDifferentFilesForADifferentSeed() throws IOException {
        ScenarioWriter.write(ScenarioGenerator.generate(SimulationOptions.of(50, 1, 0.2)), dir.resolve("a"));
        ScenarioWriter.write(ScenarioGenerator.generate(SimulationOptions.of(50, 2, 0.2)), dir.resolve("b"));

        for (String file : FILES.subList(0, 3)) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file)))
                    .as(file).isNotEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
    }

    @Test
    void shouldWriteEventFilesThatReadBackInEventTimeOrder() {
        Scenario scenario = ScenarioGenerator.generate(SimulationOptions.of(100, 3, 0.2));

        ScenarioWriter.write(scenario, dir);

        List<FundEarmarked> funds = read(EventFiles.FUNDS_FILE, FundEarmarked.class);
        List<FundMovement> movements = read(EventFiles.MOVEMENTS_FILE, FundMovement.class);
        List<AssetRegistered> assets = read(EventFiles.ASSETS_FILE, AssetRegistered.class);
        assertThat(funds.size() + movements.size() + assets.size()).isEqualTo(scenario.events().size());
        assertThat(funds).extracting(FundEarmarked::getEventTime).isSorted();
        assertThat(movements).extracting(FundMovement::getEventTime).isSorted();
        assertThat(assets).extracting(AssetRegistered::getEventTime).isSorted();
        assertThat(movements).extracting(m -> (SpecificRecord) m)
                .containsExactlyElementsOf(recordsOf(scenario, FundMovement.class));
    }

    @Test
    void shouldWriteOneGroundTruthLinePerExpectedAlert() throws IOException {
        Scenario scenario = ScenarioGenerator.generate(SimulationOptions.of(100, 3, 0.2));

        ScenarioWriter.write(scenario, dir);

        List<String> lines = Files.readAllLines(dir.resolve(ScenarioWriter.EXPECTED_ALERTS_FILE));
        assertThat(lines).hasSize(scenario.expectedAlerts().size()).isNotEmpty();
        ExpectedAlert first = scenario.expectedAlerts().get(0);
        assertThat(lines.get(0)).isEqualTo("{\"rule\":\"" + first.rule() + "\",\"fundId\":\"" + first.fundId()
                + "\",\"amountAtRisk\":" + first.amountAtRisk() + "}");
    }

    @Test
    void shouldRenderGroundTruthAsPlainJson() {
        ExpectedAlert alert = new ExpectedAlert(io.earmark.schema.AlertRule.CASH_WITHDRAWAL, "AA-2024-100001",
                31_800_000, io.earmark.schema.Severity.HIGH, Instant.parse("2024-10-03T10:00:00Z"));

        assertThat(alert.toJsonLine())
                .isEqualTo("{\"rule\":\"CASH_WITHDRAWAL\",\"fundId\":\"AA-2024-100001\",\"amountAtRisk\":31800000}");
    }

    private <T extends SpecificRecord> List<T> read(String file, Class<T> type) {
        List<ParsedLine<T>> lines = JsonLinesReader.readAll(dir.resolve(file), type);
        assertThat(lines).allMatch(ParsedLine::ok);
        return lines.stream().map(ParsedLine::record).toList();
    }

    private static List<SpecificRecord> recordsOf(Scenario s, Class<?> type) {
        return s.events().stream().map(ScenarioEvent::record).filter(type::isInstance)
                .map(Function.<SpecificRecord>identity()).toList();
    }
}
