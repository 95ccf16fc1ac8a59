package io.earmark.schemas.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * Parses {@code .avsc} files that may refer to named types defined in one another (FundAlert and FundStatus use
 * the enum Programme of FundEarmarked). In: the files, in any order. Out: each file's top-level schema, parsed in
 * dependency order: a file is retried, with every type parsed so far, until no more files can be parsed.
 */
public final class SchemaFiles {
    private SchemaFiles() {
    }

    /**
     * @throws IllegalArgumentException naming the files that cannot be parsed (syntax or undefined types)
     */
    public static Map<Path, Schema> parse(List<Path> files) {
        Map<Path, Schema> parsed = new LinkedHashMap<>();
        Map<String, Schema> knownTypes = new LinkedHashMap<>();
        List<Path> pending = new ArrayList<>(files);
        Map<Path, String> errors = new LinkedHashMap<>();
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            errors.clear();
            for (Path file : List.copyOf(pending)) {
                try {
                    parsed.put(file, parseOne(file, knownTypes));
                    pending.remove(file);
                    progress = true;
                } catch (AvroRuntimeException e) {
                    errors.put(file, e.getMessage());
                }
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalArgumentException("cannot parse Avro schemas: " + errors);
        }
        return parsed;
    }

    /** Parses on its own if self-contained, else with the types known so far; adds what it defines to them. */
    private static Schema parseOne(Path file, Map<String, Schema> knownTypes) {
        Schema.Parser parser = new Schema.Parser();
        Schema schema;
        try {
            schema = parser.parse(file.toFile());
        } catch (AvroRuntimeException e) {
            parser = new Schema.Parser().addTypes(knownTypes.values());
            schema = parseWith(parser, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        parser.getTypes().forEach(knownTypes::putIfAbsent);
        return schema;
    }

    private static Schema parseWith(Schema.Parser parser, Path file) {
        try {
            return parser.parse(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
