package io.earmark.streams.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.StringJoiner;

/** Reading the list endpoints' query parameters: each bad value is a 400 naming its parameter. */
final class QueryParams {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private QueryParams() {
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'" + name + "' must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", not '" + value + "'");
        }
    }

    /** {@code limit}: 1..{@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} when absent. */
    static int limit(String value) {
        if (blankToNull(value) == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiException.badRequest("'limit' must be a whole number from 1 to " + MAX_LIMIT + ", not '" + value
                + "'");
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** {@code ?k=v&...}, each value URL-encoded, in the map's order. */
    static String queryString(Map<String, String> params) {
        StringJoiner query = new StringJoiner("&", "?", "");
        params.forEach((k, v) -> query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return query.toString();
    }
}
