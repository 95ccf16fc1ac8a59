package io.earmark.streams.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.schema.Channel;
import io.earmark.streams.testing.Events;
import io.earmark.streams.testing.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard in a real headless Chromium against a running pipeline (real broker and registry): the page is open
 * and connected when a cash withdrawal goes into the input topics; its alert must appear in the live feed within
 * seconds, the counts and the league table must follow, and the search box must open the fund's journey. Screenshots
 * go to {@code target/dashboard-it/}. Without Chromium the test is skipped, except in CI (CI=true), where it fails.
 */
@ExtendWith(KafkaStackExtension.class)
class DashboardIT {

    private static final Path SHOTS = Path.of("target", "dashboard-it");

    @Test
    void shouldShowAnInjectedAlertLiveAndOpenTheFundsJourney(KafkaStack stack) throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        assumeTrue(ci || HeadlessChromium.executable().isPresent(), "Chromium is not installed (apt-get install chromium)");
        try (LivePipelines live = new LivePipelines(stack, 2, 1);
             HeadlessChromium page = HeadlessChromium.open(live.instance(0).url() + "/",
                     Files.createDirectories(LivePipelines.workDir("dashboard-it-")))) {
            // Given the dashboard, loaded and listening to the live stream
            await("the page's live stream").atMost(Duration.ofSeconds(30))
                    .until(() -> page.text("#stream-state").equals("live"));
            assertThat(page.eval("document.getElementById('feed').children.length")).isEqualTo("0");

            // When a bank reports coloured money withdrawn in cash
            Instant t = Instant.parse("2024-10-01T09:00:00Z");
            live.publish(List.of(
                    Events.fund("F-WEB", f -> f.setEventTime(t)),
                    Events.move("M-WEB-1", "F-WEB", Events.OPERATOR, Events.BANK, Events.AMOUNT, t.plusSeconds(60)),
                    Events.move("M-WEB-2", "F-WEB", Events.BANK, Events.BENEFICIARY, Events.AMOUNT, t.plusSeconds(120)),
                    Events.move("M-WEB-3", "F-WEB", Events.BENEFICIARY, Events.BENEFICIARY, 2_500_000_00L,
                            t.plusSeconds(180), Channel.CASH_WITHDRAWAL)));
            live.advanceTo(t.plusSeconds(240));
            long published = System.nanoTime();

            // Then its alert appears on the open page within seconds, with the counts and the league table
            String item = "[data-alert-id=\"CASH_WITHDRAWAL:F-WEB:M-WEB-3\"]";
            await("the alert on the page").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !page.text(item).isEmpty());
            Duration seen = Duration.ofNanos(System.nanoTime() - published);
            assertThat(page.text(item)).contains("cash withdrawal", "F-WEB", "2,500,000 ₸", Events.BANK);
            await("counts and league table").atMost(Duration.ofSeconds(10))
                    .until(() -> page.text("#total").equals("1")
                            && page.text("#rules tr[data-rule=\"CASH_WITHDRAWAL\"] td.num").equals("1")
                            && page.text("#league tr[data-org=\"" + Events.BANK + "\"] td:nth-child(5)").equals("1"));
            page.screenshot(SHOTS.resolve("dashboard.png"));

            // And the search box opens the fund's journey
            page.eval("document.getElementById('fund-id').value = 'F-WEB';"
                    + "document.getElementById('search').requestSubmit(); 'ok'");
            await("the fund's journey").atMost(Duration.ofSeconds(10))
                    .until(() -> page.eval("document.getElementById('fund-journey').children.length").equals("5"));
            assertThat(page.text("#fund-status [data-field=\"state\"]")).isEqualTo("FLAGGED");
            assertThat(page.text("#fund-journey")).contains("M-WEB-3", "CASH_WITHDRAWAL");
            page.screenshot(SHOTS.resolve("fund-journey.png"));
            System.out.printf("dashboard showed the alert %d ms after the events were acknowledged%n",
                    seen.toMillis());
        }
    }
}
