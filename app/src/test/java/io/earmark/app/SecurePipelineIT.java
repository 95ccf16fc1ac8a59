package io.earmark.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.earmark.deploy.LocalStack;
import io.earmark.deploy.SecureKafkaBroker;
import io.earmark.producers.publish.EventPublisher;
import io.earmark.producers.ticker.Ticker;
import io.earmark.schema.AlertRule;
import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundAlert;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schemas.Topics;
import io.earmark.schemas.json.JsonLines;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.serde.AvroDeserializer;
import io.earmark.streams.app.EarmarkPipeline;
import io.earmark.streams.app.PipelineConfig;
import io.earmark.streams.rules.RuleBook;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Earmark end to end on the secure local stack (one broker for this class: SASL_SSL with SCRAM-SHA-512, the
 * StandardAuthorizer and the shipped ACLs; the schema registry stays plain HTTP on 127.0.0.1). The topics come from
 * {@code earmark topics apply} run as the admin; the operator, a bank, a registry and the ticker publish as their own
 * principals; the pipeline runs as its principal, its password read by Kafka's DirectoryConfigProvider as in
 * production; the dashboard principal reads the alert.
 */
class SecurePipelineIT {
    private static final Pattern PASSWORD = Pattern.compile("password=\"([^\"]+)\"");
    private static final Instant T0 = Instant.parse("2024-10-01T09:00:00Z");

    @TempDir
    static Path work;
    private static LocalStack stack;
    private static String firstApply;

    @BeforeAll
    static void startSecureStackAndApplyTopics() {
        stack = LocalStack.start(new LocalStack.Options(0, 0, 1, false).secured());
        firstApply = topics("apply", "--partitions", "1");
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldApplyTheTopicsAsTheAdminOverSaslSslThenFindNoChange() {
        String dryRun = topics("apply", "--partitions", "1", "--dry-run");

        assertThat(firstApply).contains("+ create " + Topics.FUNDS + ": partitions 1", "+ create " + Topics.FUND_STATUS,
                "+ create " + Topics.CASES, "Applied 7 change(s).");
        assertThat(dryRun).contains("No change.").doesNotContain("+ create", "~ ", "Applied");
        assertThat(stack.describe()).contains("Security: SASL_SSL (SCRAM-SHA-512)",
                stack.clientConfigs().get("earmark-bank").toString());
    }

    @Test
    void shouldRaiseAnAlertFromEventsOfEachPrincipalAndLetTheDashboardReadIt() throws Exception {
        HttpSchemaRegistryClient registry = new HttpSchemaRegistryClient(stack.registryUrl());
        PipelineConfig config = pipelineConfig();
        try (EarmarkPipeline pipeline = new EarmarkPipeline(config, config.topics())) {
            pipeline.start();

            // Given: a coloured fund, paid to its financial organisation, then withdrawn in cash; an unrelated asset
            try (EventPublisher operator = new EventPublisher(client("earmark-operator"), registry)) {
                operator.publish(JsonLines.read(FUND, FundEarmarked.class)).join();
            }
            try (EventPublisher bank = new EventPublisher(client("earmark-bank"), registry)) {
                bank.publish(JsonLines.read(TO_BANK, FundMovement.class)).join();
                bank.publish(JsonLines.read(CASH, FundMovement.class)).join();
            }
            try (EventPublisher animals = new EventPublisher(client("earmark-registry"), registry)) {
                animals.publish(JsonLines.read(ASSET, AssetRegistered.class)).join();
            }
            try (Ticker ticker = new Ticker(client("earmark-ticker"), registry, "secure-it")) {
                ticker.tickOnce(T0.plus(Duration.ofHours(4))).forEach(f -> f.join());
            }

            // Then: the dashboard principal reads the CASH_WITHDRAWAL alert
            FundAlert alert = firstAlert(registry);
            assertThat(alert.getRule()).isEqualTo(AlertRule.CASH_WITHDRAWAL);
            assertThat(alert.getFundId()).isEqualTo("F-SEC-1");
            assertThat(alert.getCounterpartyId()).isEqualTo("770101300777");
            assertThat(alert.getAmountAtRisk()).isEqualTo(120_000_000L);
            assertThat(alert.getRuleVersion()).isEqualTo(RuleBook.shipped().version());
            assertThat(pipeline.failure()).isNull();
        }
    }

    private static FundAlert firstAlert(HttpSchemaRegistryClient registry) {
        Properties props = client("earmark-dashboard");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "earmark-dashboard-secure-it");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<FundAlert> alerts = new ArrayList<>();
        try (KafkaConsumer<String, FundAlert> dashboard = new KafkaConsumer<>(props, new StringDeserializer(),
                new AvroDeserializer<>(registry, FundAlert.class))) {
            dashboard.subscribe(List.of(Topics.ALERTS));
            await("an alert on " + Topics.ALERTS).atMost(Duration.ofSeconds(120)).pollInSameThread().until(() -> {
                dashboard.poll(Duration.ofMillis(200)).forEach(r -> alerts.add(r.value()));
                return !alerts.isEmpty();
            });
        }
        return alerts.get(0);
    }

    /**
     * The pipeline's settings as in deploy/config/pipeline.properties: its principal's SASL_SSL settings, with the
     * password not in the file but in a mounted-secret-like directory, read by Kafka's DirectoryConfigProvider.
     */
    private static PipelineConfig pipelineConfig() throws IOException {
        Properties pipeline = client("earmark-pipeline");
        Matcher password = PASSWORD.matcher(pipeline.getProperty("sasl.jaas.config"));
        assertThat(password.find()).isTrue();
        Path secrets = Files.createDirectories(work.resolve("secrets/kafka"));
        Files.writeString(secrets.resolve("password"), password.group(1));
        pipeline.put("sasl.jaas.config", password.replaceFirst(
                Matcher.quoteReplacement("password=\"${secrets:" + secrets + ":password}\"")));
        pipeline.put("config.providers", "secrets");
        pipeline.put("config.providers.secrets.class", "org.apache.kafka.common.config.provider.DirectoryConfigProvider");
        pipeline.put("config.providers.secrets.param.allowed.paths", work.toString());
        pipeline.put(PipelineConfig.REGISTRY_URL, stack.registryUrl());
        pipeline.put("application.id", "earmark-pipeline");
        pipeline.put("state.dir", work.resolve("state").toString());
        return new PipelineConfig(pipeline);
    }

    /** The client properties file the secure stack wrote for {@code user}. */
    private static Properties client(String user) {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(stack.clientConfigs().get(user))) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    /** Runs {@code earmark topics ...} as the admin; returns what it printed, after checking it exited 0. */
    private static String topics(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = EarmarkCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        List<String> command = new ArrayList<>(List.of("topics"));
        command.addAll(List.of(args));
        command.addAll(List.of("--bootstrap-servers", stack.bootstrapServers(),
                "--command-config", stack.clientConfigs().get(SecureKafkaBroker.ADMIN_USER).toString()));
        int exitCode = cli.execute(command.toArray(String[]::new));
        assertThat(exitCode).as(out.toString()).isZero();
        return out.toString();
    }

    private static final String FUND = """
            {"eventId":"E-SEC-F1","fundId":"F-SEC-1","programme":"AUYL_AMANATY","operatorId":"010140003594",\
            "beneficiaryId":"850312300777","financialOrgId":"990740000683","amount":500000000,"purpose":"LIVESTOCK",\
            "approvedSellers":["120540012345"],"expectedAssetCount":2,"declaredAssetValue":500000000,\
            "maxIdleHours":48,"registrationDeadlineDays":10,"eventTime":"2024-10-01T09:00:00Z"}""";
    private static final String TO_BANK = """
            {"eventId":"M-SEC-1","fundId":"F-SEC-1","bankId":"HSBKKZKX","fromId":"010140003594",\
            "toId":"990740000683","amount":500000000,"channel":"TRANSFER","eventTime":"2024-10-01T10:00:00Z"}""";
    private static final String CASH = """
            {"eventId":"M-SEC-2","fundId":"F-SEC-1","bankId":"HSBKKZKX","fromId":"990740000683",\
            "toId":"770101300777","amount":120000000,"channel":"CASH_WITHDRAWAL","eventTime":"2024-10-01T11:00:00Z"}""";
    private static final String ASSET = """
            {"eventId":"R-SEC-1","registry":"LIVESTOCK_IDENTIFICATION","assetId":"KZ-SEC-0001","assetType":"CATTLE",\
            "ownerId":"850312300999","sellerId":"120540012345","actualValue":250000000,\
            "eventTime":"2024-10-01T12:00:00Z"}""";
}
