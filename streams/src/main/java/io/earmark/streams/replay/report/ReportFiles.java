package io.earmark.streams.replay.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a case report as its two files: the HTML page at the given path and its JSON twin beside it (same name,
 * {@code .json}). Both are UTF-8; the JSON is the {@link CaseReport} record, pretty-printed.
 */
public final class ReportFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportFiles() {
    }

    /** The JSON twin of an HTML report path: {@code case.html} → {@code case.json}. */
    public static Path jsonTwin(Path html) {
        String name = html.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return html.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".json");
    }

    public static String json(CaseReport report) {
        try {
            return JSON.writeValueAsString(report) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the case report as JSON", e);
        }
    }

    public static void write(CaseReport report, Path html) {
        try {
            Path parent = html.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(html, HtmlReport.render(report), StandardCharsets.UTF_8);
            Files.writeString(jsonTwin(html), json(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the case report " + html, e);
        }
    }
}
