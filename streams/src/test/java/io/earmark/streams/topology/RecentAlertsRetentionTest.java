package io.earmark.streams.topology;

import static io.earmark.streams.testing.Events.AMOUNT;
import static io.earmark.streams.testing.Events.days;
import static io.earmark.streams.testing.Events.diversion;
import static io.earmark.streams.testing.Events.fund;
import static io.earmark.streams.testing.Events.hours;
import static io.earmark.streams.testing.Events.release;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.FundAlert;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.rules.RuleBookLoader;
import io.earmark.streams.testing.PipelineDriver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules file's {@code recentAlertsRetentionDays} bounds the recent-alerts store (what {@code /api/alerts} lists
 * and counts) in event time; the alerts topic is not touched.
 */
class RecentAlertsRetentionTest {

    private static final Duration ONE_DAY = Duration.ofDays(1);

    @TempDir
    Path dir;

    private RuleBook rulesKeepingAlertsOneDay() throws IOException {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, """
                version: "test-retention"
                recentAlertsRetentionDays: 1
                defaults: {}
                programmes: {}
                """);
        return RuleBookLoader.fromFile(file);
    }

    /** A fund released to its bank at {@code releasedAt}, then wholly diverted an hour later: one alert then. */
    private static void divertedAt(PipelineDriver pipeline, String fundId, Instant releasedAt) {
        pipeline.send(fund(fundId, releasedAt.minusSeconds(60)))
                .send(release(fundId, releasedAt))
                .send(diversion(fundId, AMOUNT, releasedAt.plus(Duration.ofHours(1))));
    }

    @Test
    void shouldDropAnAlertFromTheStoreOnceEventTimePassesItsRetention() throws IOException {
        try (PipelineDriver pipeline = new PipelineDriver(rulesKeepingAlertsOneDay())) {
            // Given two alerts, at hours(2) and at hours(14)
            divertedAt(pipeline, "F1", hours(1));
            divertedAt(pipeline, "F2", hours(13));
            Instant first = hours(2);
            Instant second = hours(14);

            // When event time reaches exactly the first one's detectedAt + retention, both stay
            pipeline.advanceTo(first.plus(ONE_DAY));
            assertThat(pipeline.alerts()).extracting(FundAlert::getFundId, FundAlert::getDetectedAt)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("F1", first),
                            org.assertj.core.groups.Tuple.tuple("F2", second));
            assertThat(pipeline.recentAlerts()).extracting(FundAlert::getFundId).containsExactly("F1", "F2");

            // Then one millisecond later the first one leaves the store, the second stays
            pipeline.advanceTo(first.plus(ONE_DAY).plusMillis(1));
            assertThat(pipeline.recentAlerts()).extracting(FundAlert::getFundId, FundAlert::getDetectedAt)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("F2", second));

            pipeline.advanceTo(second.plus(ONE_DAY));
            assertThat(pipeline.recentAlerts()).extracting(FundAlert::getFundId).containsExactly("F2");
            pipeline.advanceTo(second.plus(ONE_DAY).plusMillis(1));
            assertThat(pipeline.recentAlerts()).isEmpty();

            // pruning the store sends nothing: no alert is withdrawn or sent again, the topic keeps what it had
            assertThat(pipeline.alerts()).isEmpty();
            assertThat(pipeline.deadLetters()).isEmpty();
        }
    }

    @Test
    void shouldNotKeepAnAlertRaisedByALateEventAlreadyPastItsRetention() throws IOException {
        try (PipelineDriver pipeline = new PipelineDriver(rulesKeepingAlertsOneDay())) {
            divertedAt(pipeline, "F1", hours(1));
            pipeline.advanceTo(days(10));
            // a fund whose events arrive nine days late still raises its alerts on the topic (the diversion, and the
            // idle alerts of its late release, whose deadlines event time has passed already) ...
            divertedAt(pipeline, "F2", hours(2));

            java.util.List<FundAlert> raised = pipeline.alerts();
            assertThat(raised).extracting(FundAlert::getAlertId).contains("DIVERTED_FUNDS:F1:divert-F1",
                    "DIVERTED_FUNDS:F2:divert-F2");
            assertThat(raised).extracting(FundAlert::getDetectedAt).allMatch(at -> at.isBefore(days(9)));
            // ... but none of them, detected more than a day before the event time reached, is kept for queries
            assertThat(pipeline.recentAlerts()).isEmpty();
        }
    }

    @Test
    void shouldKeepAlertsForThreeYearsWithTheShippedRules() {
        try (PipelineDriver pipeline = new PipelineDriver()) {
            divertedAt(pipeline, "F1", hours(1));
            pipeline.advanceTo(hours(2).plus(Duration.ofDays(1_095)));
            assertThat(pipeline.recentAlerts()).extracting(FundAlert::getFundId).containsExactly("F1");

            pipeline.advanceTo(hours(2).plus(Duration.ofDays(1_095)).plusMillis(1));
            assertThat(pipeline.recentAlerts()).isEmpty();
            assertThat(pipeline.alerts()).extracting(FundAlert::getFundId).containsExactly("F1");
        }
    }
}
