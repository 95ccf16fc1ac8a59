package io.earmark.schemas.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one line into a JSON object tree. In: the line's text. Out: the object, or a {@link JsonLineException}
 * for invalid JSON, a non-object, trailing content or a duplicate key. Decimals are kept exact (BigDecimal) so
 * messages show what was written.
 */
final class JsonObjectParser {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    private static final String OBJECT = "a JSON object";

    private JsonObjectParser() {
    }

    static ObjectNode parse(String line) {
        if (line == null || line.isBlank()) {
            throw new JsonLineException(null, OBJECT, "an empty line");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw invalid(e);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new JsonLineException(null, OBJECT, JsonSchemas.shown(node));
        }
        return object;
    }

    private static JsonLineException invalid(JsonProcessingException e) {
        String problem = e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(problem);
        if (duplicate.find()) {
            return new JsonLineException(duplicate.group(1), "the field at most once", "it twice", e);
        }
        String column = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
        return new JsonLineException(null, OBJECT, "invalid JSON" + column + " (" + firstLine(problem) + ")", e);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
