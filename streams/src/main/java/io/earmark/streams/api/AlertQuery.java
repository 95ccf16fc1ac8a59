package io.earmark.streams.api;

import io.earmark.schema.AlertRule;
import io.earmark.schema.FundAlert;
import io.earmark.schema.Programme;
import io.earmark.schema.Severity;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The filter of {@code GET /api/alerts}. In: the query parameters {@code rule}, {@code severity}, {@code programme}
 * (enum names of DESIGN.md), {@code financialOrg} (a BIN), {@code since} (ISO-8601 instant: detectedAt at or after
 * it) and {@code limit} (1..1000, default 100); each optional. Out: whether an alert matches, and the same filter as
 * a query string to pass to other instances. A bad value is a 400 naming the parameter.
 */
record AlertQuery(AlertRule rule, Severity severity, Programme programme, String financialOrg, Instant since,
                  int limit) {

    static final int DEFAULT_LIMIT = QueryParams.DEFAULT_LIMIT;
    static final int MAX_LIMIT = QueryParams.MAX_LIMIT;

    static AlertQuery from(Function<String, String> param) {
        return new AlertQuery(
                QueryParams.enumOf(AlertRule.class, "rule", param.apply("rule")),
                QueryParams.enumOf(Severity.class, "severity", param.apply("severity")),
                QueryParams.enumOf(Programme.class, "programme", param.apply("programme")),
                QueryParams.blankToNull(param.apply("financialOrg")),
                instant(param.apply("since")),
                QueryParams.limit(param.apply("limit")));
    }

    boolean matches(FundAlert alert) {
        return (rule == null || rule == alert.getRule())
                && (severity == null || severity == alert.getSeverity())
                && (programme == null || programme == alert.getProgramme())
                && (financialOrg == null || financialOrg.equals(alert.getFinancialOrgId()))
                && (since == null || !alert.getDetectedAt().isBefore(since));
    }

    String toQueryString() {
        Map<String, String> params = new LinkedHashMap<>();
        if (rule != null) {
            params.put("rule", rule.name());
        }
        if (severity != null) {
            params.put("severity", severity.name());
        }
        if (programme != null) {
            params.put("programme", programme.name());
        }
        if (financialOrg != null) {
            params.put("financialOrg", financialOrg);
        }
        if (since != null) {
            params.put("since", since.toString());
        }
        params.put("limit", Integer.toString(limit));
        return QueryParams.queryString(params);
    }

    private static Instant instant(String value) {
        if (QueryParams.blankToNull(value) == null) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'since' must be an ISO-8601 instant such as 2024-10-01T09:30:00Z, not '"
                    + value + "'");
        }
    }
}
