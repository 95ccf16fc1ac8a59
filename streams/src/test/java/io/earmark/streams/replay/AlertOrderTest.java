package io.earmark.streams.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.FundAlert;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertOrderTest {

    @TempDir
    Path dir;

    @Test
    void shouldOrderByDetectedAtThenAlertId() {
        FundAlert late = TestAlerts.alert("IDLE_FUNDS:F-1:x", "F-1", "2024-10-03T00:00:00Z");
        FundAlert earlyB = TestAlerts.alert("CASH_WITHDRAWAL:F-2:b", "F-2", "2024-10-01T00:00:00Z");
        FundAlert earlyA = TestAlerts.alert("CASH_WITHDRAWAL:F-2:a", "F-2", "2024-10-01T00:00:00Z");

        String lines = AlertOrder.toJsonLines(List.of(late, earlyB, earlyA));

        assertThat(lines.lines().map(l -> l.substring(12, l.indexOf("\"", 12))))
                .containsExactly("CASH_WITHDRAWAL:F-2:a", "CASH_WITHDRAWAL:F-2:b", "IDLE_FUNDS:F-1:x");
    }

    @Test
    void shouldWriteTheSameBytesWhateverOrderTheAlertsCameIn() throws IOException {
        FundAlert a = TestAlerts.alert("A:F-1:1", "F-1", "2024-10-01T00:00:00Z");
        FundAlert b = TestAlerts.alert("B:F-2:1", "F-2", "2024-10-02T00:00:00Z");

        AlertOrder.write(dir.resolve("one/alerts.jsonl"), List.of(a, b));
        AlertOrder.write(dir.resolve("two/alerts.jsonl"), List.of(b, a));

        byte[] one = Files.readAllBytes(dir.resolve("one/alerts.jsonl"));
        assertThat(one).isEqualTo(Files.readAllBytes(dir.resolve("two/alerts.jsonl")));
        assertThat(new String(one, StandardCharsets.UTF_8)).startsWith("{\"alertId\":\"A:F-1:1\",\"rule\":")
                .endsWith("}\n").contains("\"detectedAt\":\"2024-10-01T00:00:00Z\"");
    }
}
