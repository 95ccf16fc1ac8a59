package io.earmark.streams.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Evidence;
import io.earmark.schema.FundAlert;
import io.earmark.schema.Programme;
import io.earmark.schema.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertQueryTest {

    private static AlertQuery parse(Map<String, String> params) {
        return AlertQuery.from(params::get);
    }

    private static FundAlert alert(AlertRule rule, Severity severity, Programme programme, String org, String at) {
        return FundAlert.newBuilder().setAlertId(rule + ":F-1:x").setRule(rule).setRuleVersion("v1")
                .setSeverity(severity).setFundId("F-1").setProgramme(programme).setBeneficiaryId("B")
                .setFinancialOrgId(org).setCounterpartyId(null).setAmountAtRisk(1).setDetectedAt(Instant.parse(at))
                .setMessage("m").setEvidence(List.of(new Evidence("e", "t", Instant.parse(at)))).build();
    }

    @Test
    void shouldMatchEverythingWithTheDefaultLimitWhenNoParameterIsGiven() {
        AlertQuery query = parse(Map.of());

        assertThat(query.limit()).isEqualTo(100);
        assertThat(query.matches(alert(AlertRule.UNKNOWN_FUND, Severity.LOW, null, null, "2024-10-01T00:00:00Z")))
                .isTrue();
    }

    @Test
    void shouldKeepOnlyAlertsMatchingEveryGivenParameter() {
        AlertQuery query = parse(Map.of("rule", "IDLE_FUNDS", "severity", "HIGH", "programme", "AUYL_AMANATY",
                "financialOrg", "990740000683", "since", "2024-10-03T00:00:00Z", "limit", "5"));

        assertThat(query.matches(alert(AlertRule.IDLE_FUNDS, Severity.HIGH, Programme.AUYL_AMANATY, "990740000683",
                "2024-10-03T00:00:00Z"))).as("since is inclusive").isTrue();
        assertThat(query.matches(alert(AlertRule.IDLE_FUNDS, Severity.HIGH, Programme.AUYL_AMANATY, "990740000683",
                "2024-10-02T23:59:59Z"))).as("before since").isFalse();
        assertThat(query.matches(alert(AlertRule.IDLE_FUNDS, Severity.MEDIUM, Programme.AUYL_AMANATY,
                "990740000683", "2024-10-04T00:00:00Z"))).as("other severity").isFalse();
        assertThat(query.matches(alert(AlertRule.IDLE_FUNDS, Severity.HIGH, Programme.SEC_FUNDS, "990740000683",
                "2024-10-04T00:00:00Z"))).as("other programme").isFalse();
        assertThat(query.matches(alert(AlertRule.IDLE_FUNDS, Severity.HIGH, Programme.AUYL_AMANATY, "061140002222",
                "2024-10-04T00:00:00Z"))).as("other financial org").isFalse();
        assertThat(query.matches(alert(AlertRule.CASH_WITHDRAWAL, Severity.HIGH, Programme.AUYL_AMANATY,
                "990740000683", "2024-10-04T00:00:00Z"))).as("other rule").isFalse();
    }

    @Test
    void shouldPassTheSameFilterOnAsAQueryString() {
        Map<String, String> params = Map.of("rule", "KICKBACK_SUSPECTED", "financialOrg", "A B&C",
                "since", "2024-10-03T00:00:00Z", "limit", "7");

        String query = parse(params).toQueryString();

        assertThat(query).isEqualTo(
                "?rule=KICKBACK_SUSPECTED&financialOrg=A+B%26C&since=2024-10-03T00%3A00%3A00Z&limit=7");
        assertThat(parse(decode(query))).isEqualTo(parse(params));
    }

    @Test
    void shouldRejectEachBadParameterWithA400NamingIt() {
        for (Map<String, String> bad : List.of(Map.of("rule", "IDLE"), Map.of("severity", "high"),
                Map.of("programme", "AUYL"), Map.of("since", "2024-10-03"), Map.of("limit", "0"),
                Map.of("limit", "1001"), Map.of("limit", "many"))) {
            String name = bad.keySet().iterator().next();
            assertThatThrownBy(() -> parse(bad)).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.getMessage()).contains("'" + name + "'", bad.get(name));
            });
        }
    }

    private static Map<String, String> decode(String query) {
        java.util.Map<String, String> params = new java.util.HashMap<>();
        for (String pair : query.substring(1).split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return params;
    }
}
