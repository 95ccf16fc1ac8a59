package io.earmark.app;

import static io.earmark.streams.testing.CaseActs.alert;
import static io.earmark.streams.testing.CaseActs.approved;
import static io.earmark.streams.testing.CaseActs.assigned;
import static io.earmark.streams.testing.CaseActs.opened;
import static io.earmark.streams.testing.CaseActs.proposed;
import static io.earmark.streams.testing.CaseActs.resolved;
import static io.earmark.streams.testing.CaseActs.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.deploy.testing.TestTopics;
import io.earmark.schema.AlertRule;
import io.earmark.schema.CaseEvent;
import io.earmark.schema.CaseResolution;
import io.earmark.schema.CaseStatus;
import io.earmark.schema.Programme;
import io.earmark.schema.Severity;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.serde.AvroSerializer;
import io.earmark.streams.testing.HeadlessChromium;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/**
 * {@code earmark report} end to end on the real broker and registry (the test JVM's shared stack): a month of cases
 * produced to a topic of this class's own with the project's Avro serializer, in a committed transaction, plus an
 * aborted transaction and a record that is no CaseEvent; the command is run through picocli and the page checked,
 * then opened in a real headless Chromium (skipped without Chromium, except under CI=true) and photographed into
 * target/report-it (docs/commission-report.png is a copy, refreshed by hand).
 */
@ExtendWith(KafkaStackExtension.class)
class ReportCommandIT {

    private static final Path WORK = Path.of("target", "report-it");
    private static final String[] ORGS = {"990740000683", "041140000512", "100840011233", "130940018862",
        "<script>alert(1)</script>"};
    private static final Instant OCT_1 = Instant.parse("2024-10-01T00:00:00Z");

    private static KafkaStack stack;
    private static String topic;
    /** Alerts detected in October, and the funds their approved FUNDS_RECOVERED resolutions recovered. */
    private static int october;
    private static long recovered;

    @BeforeAll
    static void produceAMonthOfCases(KafkaStack shared) throws Exception {
        stack = shared;
        topic = TestTopics.create(stack, "earmark.cases.report-it", 3);
        List<CaseEvent> acts = month(new Random(42), 60);
        Map<String, Object> settings = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "report-it-" + UUID.randomUUID());
        try (KafkaProducer<String, CaseEvent> producer = new KafkaProducer<>(settings, new StringSerializer(),
                new AvroSerializer<>(new HttpSchemaRegistryClient(stack.registryUrl()), false))) {
            producer.initTransactions();
            producer.beginTransaction();
            acts.forEach(act -> producer.send(new ProducerRecord<>(topic, act.getAlertId(), act)));
            producer.commitTransaction();
            // an aborted transaction: read_committed never sees it
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "ABORTED-1", opened(alert("ABORTED-1", AlertRule.IDLE_FUNDS,
                    Severity.HIGH, Programme.SEC_FUNDS, "ABORTED-ORG", 100, OCT_1.plusSeconds(60)))));
            producer.flush();
            producer.abortTransaction();
        }
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(topic, "GARBAGE", "not a case event".getBytes(StandardCharsets.UTF_8))).get();
        }
    }

    /**
     * {@code count} alerts detected in October (one in six left open untouched, one assigned, one under
     * investigation, three resolved: confirmed, funds recovered, false positive), one just before and one just after
     * the month, and one act the case rules refuse (a proposer approving their own proposal).
     */
    private static List<CaseEvent> month(Random random, int count) {
        List<CaseEvent> acts = new ArrayList<>();
        AlertRule[] rules = AlertRule.values();
        for (int i = 0; i < count; i++) {
            AlertRule rule = rules[i % rules.length];
            boolean unknown = rule == AlertRule.UNKNOWN_FUND;
            String id = rule + ":F-" + (1000 + i);
            Instant detected = OCT_1.plus(Duration.ofMinutes(random.nextInt(31 * 24 * 60)));
            long amount = (1 + random.nextInt(5_000_000)) * 100L;
            acts.add(opened(alert(id, rule, severity(rule), unknown ? null : Programme.values()[i % 4],
                    unknown ? null : ORGS[i % ORGS.length], amount, detected)));
            Instant triage = detected.plus(Duration.ofHours(1 + random.nextInt(72)));
            Instant resolution = triage.plus(Duration.ofDays(1 + random.nextInt(10)));
            switch (i % 6) {
                case 1 -> acts.add(assigned(id, "a.nurlanova", "d.omarov", triage));
                case 2 -> {
                    acts.add(status(id, "d.omarov", CaseStatus.TRIAGED, triage));
                    acts.add(status(id, "d.omarov", CaseStatus.INVESTIGATING, triage.plusSeconds(600)));
                }
                case 3 -> acts.addAll(resolved(id, triage, CaseResolution.CONFIRMED_VIOLATION, null, resolution));
                case 4 -> {
                    acts.addAll(resolved(id, triage, CaseResolution.FUNDS_RECOVERED, amount / 2, resolution));
                    recovered += amount / 2;
                }
                case 5 -> acts.addAll(resolved(id, triage, CaseResolution.FALSE_POSITIVE, null, resolution));
                default -> {
                    // left open, untouched
                }
            }
        }
        october = count;
        acts.add(opened(alert("IDLE_FUNDS:F-SEPT", AlertRule.IDLE_FUNDS, Severity.MEDIUM, Programme.AUYL_AMANATY,
                ORGS[0], 777, OCT_1.minusMillis(1))));
        acts.add(opened(alert("IDLE_FUNDS:F-NOV", AlertRule.IDLE_FUNDS, Severity.MEDIUM, Programme.AUYL_AMANATY,
                ORGS[0], 777, Instant.parse("2024-11-01T00:00:00Z"))));
        String self = "CASH_WITHDRAWAL:F-SELF";
        acts.add(opened(alert(self, AlertRule.CASH_WITHDRAWAL, Severity.HIGH, Programme.AUYL_AMANATY, ORGS[1], 5_000,
                OCT_1.plus(Duration.ofDays(3)))));
        acts.add(status(self, "d.omarov", CaseStatus.TRIAGED, OCT_1.plus(Duration.ofDays(4))));
        acts.add(proposed(self, "d.omarov", CaseResolution.CONFIRMED_VIOLATION, null, OCT_1.plus(Duration.ofDays(5))));
        acts.add(approved(self, "d.omarov", OCT_1.plus(Duration.ofDays(6)))); // refused: four eyes
        october++;
        return acts;
    }

    private static Severity severity(AlertRule rule) {
        return switch (rule) {
            case IDLE_FUNDS, ASSET_SHORTFALL -> Severity.MEDIUM;
            case KICKBACK_SUSPECTED, DUPLICATE_ASSET -> Severity.CRITICAL;
            case UNKNOWN_FUND -> Severity.LOW;
            default -> Severity.HIGH;
        };
    }

    private final StringWriter err = new StringWriter();

    private int report(Path output) {
        CommandLine cli = EarmarkCli.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute("report", "--bootstrap-servers", stack.bootstrapServers(), "--registry-url",
                stack.registryUrl(), "--topic", topic, "--from", "2024-10-01", "--to", "2024-11-01", "--output",
                output.toString());
    }

    @Test
    void shouldWriteTheMonthsReportFromTheCommittedCases() throws Exception {
        Path page = WORK.resolve("october.html");

        int exit = report(page);

        assertThat(exit).as(err.toString()).isZero();
        String html = Files.readString(page);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("1 October 2024 \u2013 31 October 2024")
                .contains("<th>Alerts (cases opened)</th><td class=\"num\">" + october + "</td>")
                .contains("<th>Funds recovered</th><td class=\"num\">" + kzt(recovered) + "</td>")
                .contains("This report covers " + october + " cases.")
                .contains("990740000683", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>", "ABORTED", "F-SEPT", "F-NOV", "http://", "https://");
        assertThat(err.toString()).contains("report: reading " + topic + " (3 partitions")
                .contains("report: " + october + " cases (alerts detected 2024-10-01 up to 2024-11-01, exclusive) "
                        + "written to " + page.toAbsolutePath())
                .contains("1 undecodable and skipped, 1 refused, 0 repeats");
    }

    @Test
    void shouldWriteTheSameBytesWhenRunAgain() throws Exception {
        Path first = WORK.resolve("again-1.html");
        Path second = WORK.resolve("again-2.html");

        assertThat(report(first)).as(err.toString()).isZero();
        assertThat(report(second)).as(err.toString()).isZero();

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void shouldShowThePageInABrowserAskingForNothingButItself() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        assumeTrue(ci || HeadlessChromium.executable().isPresent(),
                "Chromium is not installed (apt-get install chromium)");
        Path page = WORK.resolve("commission-report.html").toAbsolutePath();
        assertThat(report(page)).as(err.toString()).isZero();

        try (HeadlessChromium browser = HeadlessChromium.open("about:blank",
                Files.createTempDirectory(Files.createDirectories(WORK), "chromium-"))) {
            browser.navigate(page.toUri().toString());
            await("the report's charts").atMost(Duration.ofSeconds(30))
                    .until(() -> browser.eval("String(document.querySelectorAll('svg.chart').length)").equals("6"));

            assertThat(browser.requests()).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("file:"));
            assertThat(browser.eval("String(document.querySelectorAll('svg.chart.weekly-alerts g.bar').length)"))
                    .isEqualTo("5");
            assertThat(browser.text("#open-cases h2")).isEqualTo("Open cases, oldest first");
            // the hostile id is shown as text, not run
            assertThat(browser.eval("String(document.querySelectorAll('script').length)")).isEqualTo("0");

            browser.screenshot(WORK.resolve("report-top.png"));
            browser.screenshot(WORK.resolve("report-weekly.png"), "#weekly");
            browser.screenshot(WORK.resolve("report-programmes.png"), "#programme");
            browser.screenshot(WORK.resolve("report-financial-orgs.png"), "#financial-org");
            browser.printToPdf(WORK.resolve("commission-report.pdf"));
            browser.emulateMedia("print");
            browser.screenshot(WORK.resolve("report-print.png"), "main");
        }
        assertThat(Files.readString(WORK.resolve("commission-report.pdf"), StandardCharsets.ISO_8859_1))
                .startsWith("%PDF");
    }

    private static String kzt(long tiyn) {
        return String.format(Locale.ROOT, "%,d.%02d KZT", tiyn / 100, tiyn % 100);
    }
}
