package io.earmark.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.producers.simulate.Scenario;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoRoundsTest {

    private static final Instant PRESENT = Instant.parse("2025-09-01T00:00:00Z");

    @Test
    void shouldPlayRoundsOnOneTimelineWithFreshFundsUntilTheNextWouldReachThePresent() {
        DemoRounds rounds = new DemoRounds(20, 1, 5, 0.3, Clock.fixed(PRESENT, ZoneOffset.UTC));

        List<Scenario> played = new ArrayList<>();
        for (Optional<Scenario> next = rounds.next(); next.isPresent(); next = rounds.next()) {
            played.add(next.get());
        }

        assertThat(played).hasSizeGreaterThan(1);
        assertThat(played.get(0).events().get(0).eventTime()).isAfterOrEqualTo("2024-10-01T00:00:00Z");
        Set<String> funds = new HashSet<>();
        for (int i = 0; i < played.size(); i++) {
            Scenario round = played.get(i);
            assertThat(round.end()).isBefore(PRESENT.minus(Duration.ofDays(1)));
            if (i > 0) {
                assertThat(round.events().get(0).eventTime()).isAfter(played.get(i - 1).end());
            }
            List<String> ids = FundIdsTest.fundIds(round);
            assertThat(funds).doesNotContainAnyElementsOf(ids);
            funds.addAll(ids);
        }
        assertThat(played.get(played.size() - 1).end().plus(Duration.ofDays(60)))
                .as("the next round would have reached the present").isAfter(PRESENT.minus(Duration.ofDays(1)));
    }
}
