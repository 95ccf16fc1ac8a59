package io.earmark.reliability.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the figures one reliability test produced as a small JSON file, {@code <name>.json}, in the directory named
 * by the system property {@value #OUT_PROPERTY} (set by the module's surefire and failsafe configuration), so that
 * RELIABILITY.md can quote the latest run.
 */
public final class Figures {
    public static final String OUT_PROPERTY = "earmark.reliability.out";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Figures() {
    }

    /** Writes {@code figures} (maps, lists, numbers, strings) and returns the file. */
    public static Path write(String name, Map<String, ?> figures) {
        Path dir = Path.of(System.getProperty(OUT_PROPERTY, "target/reliability"));
        Path file = dir.resolve(name + ".json");
        try {
            Files.createDirectories(dir);
            JSON.writeValue(file.toFile(), figures);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write figures " + file, e);
        }
        return file;
    }
}
