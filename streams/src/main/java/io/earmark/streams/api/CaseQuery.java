package io.earmark.streams.api;

import io.earmark.schema.AlertRule;
import io.earmark.schema.CaseStatus;
import io.earmark.schema.Programme;
import io.earmark.streams.cases.CaseFile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The filter of {@code GET /api/cases}. In: the query parameters {@code status}, {@code rule}, {@code programme}
 * (enum names of DESIGN.md), {@code assignee}, {@code financialOrg} (a BIN) and {@code limit} (1..1000, default
 * 100); each optional. Out: whether a case matches, and the same filter as a query string for the other instances.
 * A bad value is a 400 naming the parameter.
 */
record CaseQuery(CaseStatus status, String assignee, AlertRule rule, Programme programme, String financialOrg,
                 int limit) {

    static CaseQuery from(Function<String, String> param) {
        return new CaseQuery(
                QueryParams.enumOf(CaseStatus.class, "status", param.apply("status")),
                QueryParams.blankToNull(param.apply("assignee")),
                QueryParams.enumOf(AlertRule.class, "rule", param.apply("rule")),
                QueryParams.enumOf(Programme.class, "programme", param.apply("programme")),
                QueryParams.blankToNull(param.apply("financialOrg")),
                QueryParams.limit(param.apply("limit")));
    }

    boolean matches(CaseFile c) {
        return (status == null || status == c.status)
                && (assignee == null || assignee.equals(c.assignee))
                && (rule == null || rule.name().equals(c.rule))
                && (programme == null || programme.name().equals(c.programme))
                && (financialOrg == null || financialOrg.equals(c.financialOrgId));
    }

    String toQueryString() {
        Map<String, String> params = new LinkedHashMap<>();
        if (status != null) {
            params.put("status", status.name());
        }
        if (assignee != null) {
            params.put("assignee", assignee);
        }
        if (rule != null) {
            params.put("rule", rule.name());
        }
        if (programme != null) {
            params.put("programme", programme.name());
        }
        if (financialOrg != null) {
            params.put("financialOrg", financialOrg);
        }
        params.put("limit", Integer.toString(limit));
        return QueryParams.queryString(params);
    }
}
