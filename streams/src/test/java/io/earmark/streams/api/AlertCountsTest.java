package io.earmark.streams.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertCountsTest {

    @Test
    void shouldCountByRuleAndSeverityAndAddUpTheCountsOfInstances() {
        AlertCounts a = AlertCounts.none().count("IDLE_FUNDS", "MEDIUM").count("IDLE_FUNDS", "HIGH");
        AlertCounts b = AlertCounts.none().count("CASH_WITHDRAWAL", "HIGH");

        AlertCounts total = Json.read(Json.write(a), AlertCounts.class).plus(b);

        assertThat(total.total()).isEqualTo(3);
        assertThat(total.byRule()).containsOnly(java.util.Map.entry("IDLE_FUNDS", 2L),
                java.util.Map.entry("CASH_WITHDRAWAL", 1L));
        assertThat(total.bySeverity()).containsOnly(java.util.Map.entry("MEDIUM", 1L), java.util.Map.entry("HIGH", 2L));
    }
}
