package io.earmark.streams.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks people's identifiers in the JSON the HTTP surface writes ({@code earmark.http.mask-iin}). In: a JSON body.
 * Out: the same JSON with every 12-digit id (IIN or BIN) in any string value — id fields such as beneficiaryId,
 * counterpartyId, ownerId, sellerId, fromId/toId, and ids inside texts such as an alert's message or a journey
 * step's detail — shown as its last four digits, {@code ********3456}. IINs and BINs cannot be told apart by their
 * digits, so organisations' BINs are masked too, with one exception: a {@code financialOrgId} names a bank or
 * leasing company, never a person, so its value stays readable wherever it appears in the same body (the league
 * table and the {@code financialOrg} filter depend on it). Numbers (amounts) are never touched. Masking a masked
 * body changes nothing.
 */
final class IdMask {

    static final IdMask OFF = new IdMask(false);
    static final IdMask ON = new IdMask(true);

    private static final String ORG_FIELD = "financialOrgId";
    /** Twelve digits not part of a longer word or id (e.g. not inside "F-123456789012" or a 13-digit number). */
    private static final Pattern ID = Pattern.compile("(?<![\\w-])\\d{12}(?![\\w-])");

    private final boolean on;

    private IdMask(boolean on) {
        this.on = on;
    }

    static IdMask of(boolean on) {
        return on ? ON : OFF;
    }

    boolean on() {
        return on;
    }

    /** {@code 850312300456} as {@code ********0456}; anything that is not 12 digits unchanged. */
    static String mask(String id) {
        return id != null && id.length() == 12 && id.chars().allMatch(c -> c >= '0' && c <= '9')
                ? "********" + id.substring(8) : id;
    }

    /** The body with people's ids masked (unchanged when masking is off). */
    String json(String body) {
        if (!on) {
            return body;
        }
        JsonNode root = Json.parse(body);
        Set<String> orgs = new HashSet<>();
        root.findValues(ORG_FIELD).forEach(v -> {
            if (v.isTextual()) {
                orgs.add(v.asText());
            }
        });
        return walk(root, orgs).toString();
    }

    private static JsonNode walk(JsonNode node, Set<String> orgs) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals(ORG_FIELD)) {
                    field.setValue(walk(field.getValue(), orgs));
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, walk(array.get(i), orgs));
            }
        } else if (node.isTextual()) {
            return TextNode.valueOf(text(node.asText(), orgs));
        }
        return node;
    }

    private static String text(String value, Set<String> orgs) {
        Matcher m = ID.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, orgs.contains(m.group()) ? m.group() : mask(m.group()));
        }
        return m.appendTail(out).toString();
    }
}
