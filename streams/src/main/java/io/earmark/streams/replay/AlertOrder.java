package io.earmark.streams.replay;

import io.earmark.schema.FundAlert;
import io.earmark.schemas.json.JsonLines;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The order and format of a replay's alerts file: one {@code FundAlert} per line in DESIGN.md's JSON Lines style
 * ({@link JsonLines#write}), ordered by detectedAt, then alertId; a line ends with '\n'. With alertIds unique (a
 * pure function of rule, fund and trigger) the file is a pure function of the set of alerts, byte for byte.
 */
public final class AlertOrder {

    public static final Comparator<FundAlert> FILE_ORDER = Comparator.comparing(FundAlert::getDetectedAt)
            .thenComparing(FundAlert::getAlertId);

    private AlertOrder() {
    }

    public static String toJsonLines(List<FundAlert> alerts) {
        StringBuilder out = new StringBuilder();
        alerts.stream().sorted(FILE_ORDER).forEach(a -> out.append(JsonLines.write(a)).append('\n'));
        return out.toString();
    }

    public static void write(Path file, List<FundAlert> alerts) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(toJsonLines(alerts));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write alerts to " + file, e);
        }
    }
}
