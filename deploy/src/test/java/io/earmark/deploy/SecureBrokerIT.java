package io.earmark.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.earmark.deploy.acl.AclApplier;
import io.earmark.deploy.acl.AclPlan;
import io.earmark.deploy.acl.AclsDefinition;
import io.earmark.deploy.acl.AclsMain;
import io.earmark.deploy.testing.Failures;
import io.earmark.schemas.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secured broker (SASL_SSL with SCRAM-SHA-512, StandardAuthorizer) with Earmark's principals and the shipped
 * ACLs, started once for this class: each principal can do its job and is refused anything else.
 */
class SecureBrokerIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    static Path clients;
    private static SecureKafkaBroker broker;
    private static Map<String, Path> configs;

    @BeforeAll
    static void startSecuredBroker() {
        broker = SecureKafkaBroker.start(0, 1);
        configs = SecureAccounts.provision(broker, AclsDefinition.load(), clients);
        try (Admin admin = Admin.create(broker.adminProperties())) {
            TopicCreator.createMissing(admin, TopicsDefinition.load().withPartitions(1).topics());
        }
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void shouldLetABankWriteMovementsButRefuseItTheAlertsTopic() throws Exception {
        try (KafkaProducer<String, String> bank = producer("earmark-bank")) {
            assertThat(bank.send(new ProducerRecord<>(Topics.MOVEMENTS, "F-1", "transfer")).get(30, TimeUnit.SECONDS)
                    .topic()).isEqualTo(Topics.MOVEMENTS);

            Throwable refused = Failures.rootCauseOf(() ->
                    bank.send(new ProducerRecord<>(Topics.ALERTS, "F-1", "forged alert")).get(30, TimeUnit.SECONDS));

            assertThat(refused).isInstanceOf(TopicAuthorizationException.class);
            assertThat(((TopicAuthorizationException) refused).unauthorizedTopics()).containsExactly(Topics.ALERTS);
        }
    }

    @Test
    void shouldLetTheDashboardReadAlertsButRefuseItTheMovementsTopic() throws Exception {
        try (KafkaProducer<String, String> pipeline = producer("earmark-pipeline")) {
            pipeline.send(new ProducerRecord<>(Topics.ALERTS, "F-2", "alert")).get(30, TimeUnit.SECONDS);
        }
        try (KafkaConsumer<String, String> dashboard = consumer("earmark-dashboard", "earmark-dashboard-it")) {
            dashboard.subscribe(List.of(Topics.ALERTS));
            List<ConsumerRecord<String, String>> read = new ArrayList<>();
            await().atMost(TIMEOUT).until(() -> {
                dashboard.poll(Duration.ofMillis(200)).forEach(read::add);
                return read.stream().anyMatch(r -> "F-2".equals(r.key()));
            });
        }

        try (KafkaConsumer<String, String> dashboard = consumer("earmark-dashboard", "earmark-dashboard-it-2")) {
            dashboard.subscribe(List.of(Topics.MOVEMENTS));

            Throwable refused = Failures.rootCauseOf(() -> await().atMost(TIMEOUT)
                    .until(() -> dashboard.poll(Duration.ofMillis(200)) == null));

            assertThat(refused).isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void shouldRefuseAWrongPassword() {
        Properties wrong = broker.clientProperties("earmark-bank", "not-the-password");
        try (Admin admin = Admin.create(wrong)) {
            Throwable refused = Failures.rootCauseOf(() -> admin.listTopics().names().get(30, TimeUnit.SECONDS));

            assertThat(refused).isInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void shouldFindNothingToCreateWhenTheAclsAreAppliedAgain() {
        try (Admin admin = Admin.create(broker.adminProperties())) {
            AclPlan again = AclApplier.plan(admin, AclsDefinition.load());

            assertThat(again.noChange()).isTrue();
            assertThat(again.unmanaged()).isEmpty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exitCode = AclsMain.run(new String[] {"--bootstrap-servers", broker.bootstrapServers(),
                "--command-config", configs.get(SecureKafkaBroker.ADMIN_USER).toString(), "--dry-run"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(exitCode).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualToIgnoringNewLines("No change.");
    }

    @Test
    void shouldShowTheBindingsANewBankPrincipalWouldGetWithoutCreatingThem() {
        AclsDefinition withHalyk = AclsDefinition.load().withPrincipals("bank", List.of("User:halyk"));
        try (Admin admin = Admin.create(broker.adminProperties())) {
            AclPlan plan = AclApplier.plan(admin, withHalyk);

            assertThat(plan.describe()).containsExactly(
                    "+ ALLOW User:halyk WRITE topic " + Topics.MOVEMENTS + " (literal)",
                    "1 ACL binding(s) to create.");
            assertThat(AclApplier.plan(admin, withHalyk).missing()).hasSize(1);
        }
    }

    private static KafkaProducer<String, String> producer(String user) {
        Properties props = clientConfig(user);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "20000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "20000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(String user, String group) {
        Properties props = clientConfig(user);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    /** The client properties file the secure stack wrote for {@code user}, as a client would load it. */
    private static Properties clientConfig(String user) {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(configs.get(user))) {
            props.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return props;
    }
}
