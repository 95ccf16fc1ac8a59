package io.earmark.streams.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.deploy.testing.TestTopics;
import io.earmark.schema.Channel;
import io.earmark.schema.FundAlert;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.FundStatus;
import io.earmark.schema.Heartbeat;
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import io.earmark.schemas.EventKeys;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.serde.AvroSerializer;
import io.earmark.streams.it.EarmarkReader.Read;
import io.earmark.streams.testing.PipelineProcess;
import io.earmark.streams.topology.TopicNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Earmark with Confluent's own clients (npm {@code @confluentinc/schemaregistry} and kafkajs, run by Node), in both
 * directions, on the shared broker and registry (Apicurio's Confluent API). A bank script registers the contract's
 * schemas itself (its FundMovement with one more optional field) and publishes an earmark and four movements with
 * Confluent's AvroSerializer; the pipeline (an OS process, as in production) reads them with Earmark's deserializer
 * and raises DIVERTED_FUNDS and CASH_WITHDRAWAL; a dashboard script reads the alert and fund-status topics, which
 * Earmark's serializer wrote, with Confluent's AvroDeserializer, and every field it decoded is checked.
 */
@ExtendWith(KafkaStackExtension.class)
class ConfluentClientsIT {
    private static final int PARTITIONS = 3;
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(120);
    private static final Path AVRO_DIR = Path.of("..", "schemas", "src", "main", "avro").toAbsolutePath().normalize();
    private static final String BANK_FIELD = "bankReference";
    private static final Instant T0 = Instant.parse("2024-10-01T09:00:00Z");
    private static final String FUND = "AA-2024-900001";
    private static final String OPERATOR = "990340001111";
    private static final String BENEFICIARY = "870512300456";
    private static final String BANK = "050140009001";
    private static final String SELLER = "660218400789";
    private static final String STRANGER = "911111100222";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final NodeScripts node = new NodeScripts();

    @BeforeEach
    void requireNode() {
        node.requireInstalled();
    }

    @Test
    void shouldRaiseAlertsFromConfluentSerializedEventsThatConfluentsDeserializerReads(KafkaStack stack)
            throws Exception {
        String funds = TestTopics.create(stack, "funds", PARTITIONS);
        String movements = TestTopics.create(stack, "movements", PARTITIONS);
        String assets = TestTopics.create(stack, "assets", PARTITIONS);
        String alerts = TestTopics.create(stack, "alerts", PARTITIONS);
        String statuses = TestTopics.create(stack, "status", PARTITIONS);
        FundEarmarked earmark = earmark();
        List<FundMovement> moves = List.of(
                movement("m-1", OPERATOR, BANK, 50_000_000L, Channel.TRANSFER, 1),
                movement("m-2", BANK, BENEFICIARY, 50_000_000L, Channel.TRANSFER, 2),
                movement("m-3", BENEFICIARY, STRANGER, 12_000_000L, Channel.TRANSFER, 3),
                movement("m-4", BENEFICIARY, BENEFICIARY, 8_000_000L, Channel.CASH_WITHDRAWAL, 4));

        try (PipelineProcess pipeline = pipeline(stack, funds, movements, assets, alerts, statuses).start();
             EarmarkReader<FundAlert> earmarkAlerts = new EarmarkReader<>(stack, alerts, FundAlert.class);
             EarmarkReader<FundStatus> earmarkStatuses = new EarmarkReader<>(stack, statuses, FundStatus.class);
             EarmarkReader<FundMovement> earmarkMovements = new EarmarkReader<>(stack, movements, FundMovement.class)) {
            // Given a bank that registers its own schemas and publishes with Confluent's serializer
            JsonNode bank = node.run("bank.mjs", bankArgument(stack, funds, movements, earmark, moves), SCRIPT_TIMEOUT);
            assertThat(bank.path("ids").path(movements + "-value")).hasSize(2);
            assertThat(bank.path("published")).hasSize(1 + moves.size());

            // Then Earmark's deserializer reads the bank's evolved movements as the contract's FundMovement
            await().atMost(Duration.ofSeconds(60)).until(() -> earmarkMovements.poll().size() == moves.size());
            assertThat(earmarkMovements.poll()).extracting(Read::value).containsExactlyInAnyOrderElementsOf(moves);

            // When stream time passes the last movement everywhere, the pipeline raises the two alerts
            advanceTo(stack, List.of(funds, movements, assets), T0.plus(Duration.ofHours(5)));
            await().atMost(Duration.ofSeconds(120)).until(() -> earmarkAlerts.poll().size() == 2
                    && last(earmarkStatuses.poll()).getOpenAlerts() == 2);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> earmarkAlerts.poll().size() == 2
                            && last(earmarkStatuses.poll()).getOpenAlerts() == 2);
            List<Read<FundAlert>> alertsRead = earmarkAlerts.poll();
            List<Read<FundStatus>> statusesRead = earmarkStatuses.poll();

            // And a dashboard reading both output topics with Confluent's deserializer sees exactly what Earmark wrote
            JsonNode dashboard = node.run("dashboard.mjs", dashboardArgument(stack,
                    Map.of(alerts, alertsRead.size(), statuses, statusesRead.size())), SCRIPT_TIMEOUT);
            assertThat(dashboard).hasSize(alertsRead.size() + statusesRead.size());
            assertSameRecords(dashboard, alerts, alertsRead);
            assertSameRecords(dashboard, statuses, statusesRead);
            assertAlerts(recordsOf(dashboard, alerts));
            assertFinalStatus(recordsOf(dashboard, statuses).get(statusesRead.size() - 1));
        }
    }

    /** Every record the dashboard decoded equals, field by field, the one Earmark's deserializer read at that offset. */
    private static <T extends SpecificRecord> void assertSameRecords(JsonNode dashboard, String topic,
                                                                    List<Read<T>> earmark) throws Exception {
        List<JsonNode> confluent = recordsOf(dashboard, topic);
        assertThat(confluent).hasSameSizeAs(earmark);
        for (Read<T> read : earmark) {
            JsonNode seen = confluent.stream().filter(r -> r.path("partition").asInt() == read.partition()
                    && r.path("offset").asLong() == read.offset()).findFirst().orElseThrow(() -> new AssertionError(
                    "the dashboard did not read " + topic + "-" + read.partition() + "@" + read.offset()));
            assertThat(seen.path("key").asText()).isEqualTo(read.key());
            // (through text, so that both sides have the same Jackson number nodes)
            assertThat(seen.path("value")).isEqualTo(JSON.readTree(AvroJson.of(read.value()).toString()));
        }
    }

    /** The two alerts as Confluent's deserializer decoded them, each field against the contract's rules. */
    private static void assertAlerts(List<JsonNode> alerts) {
        assertThat(alerts).extracting(a -> a.path("value").path("rule").asText())
                .containsExactlyInAnyOrder("DIVERTED_FUNDS", "CASH_WITHDRAWAL");
        for (JsonNode record : alerts) {
            JsonNode alert = record.path("value");
            boolean cash = alert.path("rule").asText().equals("CASH_WITHDRAWAL");
            String trigger = cash ? "m-4" : "m-3";
            assertThat(record.path("key").asText()).isEqualTo(FUND);
            assertThat(alert.path("alertId").asText()).contains(alert.path("rule").asText(), FUND, trigger);
            assertThat(alert.path("ruleVersion").asText()).isNotBlank();
            assertThat(alert.path("severity").asText()).isEqualTo("HIGH");
            assertThat(alert.path("fundId").asText()).isEqualTo(FUND);
            assertThat(alert.path("programme").asText()).isEqualTo("AUYL_AMANATY");
            assertThat(alert.path("beneficiaryId").asText()).isEqualTo(BENEFICIARY);
            assertThat(alert.path("financialOrgId").asText()).isEqualTo(BANK);
            assertThat(alert.path("counterpartyId").asText()).isEqualTo(cash ? BENEFICIARY : STRANGER);
            assertThat(alert.path("amountAtRisk").asLong()).isEqualTo(cash ? 8_000_000L : 12_000_000L);
            assertThat(alert.path("detectedAt").asLong()).isEqualTo(at(cash ? 4 : 3).toEpochMilli());
            assertThat(alert.path("message").asText()).contains(FUND);
            ArrayNode evidence = (ArrayNode) alert.path("evidence");
            assertThat(evidence).hasSize(1);
            assertThat(evidence.get(0).path("eventId").asText()).isEqualTo(trigger);
            assertThat(evidence.get(0).path("topic").asText()).isEqualTo("earmark.movements.v1");
            assertThat(evidence.get(0).path("eventTime").asLong()).isEqualTo(at(cash ? 4 : 3).toEpochMilli());
        }
    }

    /** 50 M tiyn in; the bank passed all of it on; 12 M diverted plus 8 M in cash; 30 M left with the beneficiary. */
    private static void assertFinalStatus(JsonNode record) {
        JsonNode status = record.path("value");
        assertThat(record.path("key").asText()).isEqualTo(FUND);
        assertThat(status.path("fundId").asText()).isEqualTo(FUND);
        assertThat(status.path("programme").asText()).isEqualTo("AUYL_AMANATY");
        assertThat(status.path("beneficiaryId").asText()).isEqualTo(BENEFICIARY);
        assertThat(status.path("financialOrgId").asText()).isEqualTo(BANK);
        assertThat(status.path("amount").asLong()).isEqualTo(50_000_000L);
        assertThat(status.path("heldByFinancialOrg").asLong()).isZero();
        assertThat(status.path("heldByBeneficiary").asLong()).isEqualTo(30_000_000L);
        assertThat(status.path("paidToSellers").asLong()).isZero();
        assertThat(status.path("diverted").asLong()).isEqualTo(20_000_000L);
        assertThat(status.path("returned").asLong()).isZero();
        assertThat(status.path("assetsRegistered").asInt()).isZero();
        assertThat(status.path("registeredValue").asLong()).isZero();
        assertThat(status.path("state").asText()).isEqualTo("FLAGGED");
        assertThat(status.path("openAlerts").asInt()).isEqualTo(2);
        assertThat(status.path("updatedAt").asLong()).isEqualTo(at(4).toEpochMilli());
    }

    private static List<JsonNode> recordsOf(JsonNode dashboard, String topic) {
        return StreamSupport.stream(dashboard.spliterator(), false)
                .filter(r -> r.path("topic").asText().equals(topic)).toList();
    }

    private static <T> T last(List<Read<T>> reads) {
        return reads.isEmpty() ? null : reads.get(reads.size() - 1).value();
    }

    private static ObjectNode bankArgument(KafkaStack stack, String funds, String movements, FundEarmarked earmark,
                                           List<FundMovement> moves) {
        ObjectNode argument = connection(stack);
        argument.put("avroDir", AVRO_DIR.toString());
        argument.put("extraField", BANK_FIELD);
        argument.putObject("topics").put("funds", funds).put("movements", movements);
        ArrayNode events = argument.putArray("events");
        events.addObject().put("topic", "funds").put("key", EventKeys.keyOf(earmark)).set("value", AvroJson.of(earmark));
        for (FundMovement move : moves) {
            ObjectNode value = AvroJson.of(move).put(BANK_FIELD, "KZ-REF-" + move.getEventId());
            events.addObject().put("topic", "movements").put("key", EventKeys.keyOf(move)).set("value", value);
        }
        return argument;
    }

    private static ObjectNode dashboardArgument(KafkaStack stack, Map<String, Integer> expect) {
        ObjectNode argument = connection(stack);
        argument.put("groupId", "dashboard-" + UUID.randomUUID());
        argument.put("timeoutMs", SCRIPT_TIMEOUT.minusSeconds(15).toMillis());
        ObjectNode counts = argument.putObject("expect");
        expect.forEach(counts::put);
        return argument;
    }

    private static ObjectNode connection(KafkaStack stack) {
        return JsonNodeFactory.instance.objectNode()
                .put("bootstrapServers", stack.bootstrapServers())
                .put("registryUrl", stack.registryUrl());
    }

    /** Heartbeats at {@code time} on every partition of the input topics, written with Earmark's serializer. */
    private static void advanceTo(KafkaStack stack, List<String> inputs, Instant time) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(props, new StringSerializer(),
                new AvroSerializer<>(new HttpSchemaRegistryClient(stack.registryUrl()), false))) {
            for (String topic : inputs) {
                for (int p = 0; p < PARTITIONS; p++) {
                    producer.send(new ProducerRecord<>(topic, p, time.toEpochMilli(), null,
                            new Heartbeat("interop-it", p, time)));
                }
            }
            producer.flush();
        }
    }

    private static PipelineProcess pipeline(KafkaStack stack, String funds, String movements, String assets,
                                            String alerts, String statuses) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Path work = Files.createTempDirectory(Path.of("target"), "interop-it-");
        return new PipelineProcess(work, PipelineProcess.settings(stack, "interop-it-" + suffix, work,
                new TopicNames(funds, movements, assets, alerts, statuses, TestTopics.create(stack, "deadletter", 1),
                        "kickback-" + suffix, "cases-" + suffix)));
    }

    private static FundEarmarked earmark() {
        return FundEarmarked.newBuilder()
                .setEventId("e-1").setFundId(FUND).setProgramme(Programme.AUYL_AMANATY).setOperatorId(OPERATOR)
                .setBeneficiaryId(BENEFICIARY).setFinancialOrgId(BANK).setAmount(50_000_000L)
                .setPurpose(Purpose.LIVESTOCK).setApprovedSellers(List.of(SELLER)).setExpectedAssetCount(10)
                .setDeclaredAssetValue(50_000_000L).setSubsidyRateBps(null).setMaxIdleHours(72)
                .setRegistrationDeadlineDays(30).setEventTime(T0)
                .build();
    }

    private static FundMovement movement(String id, String from, String to, long amount, Channel channel, int hour) {
        return FundMovement.newBuilder()
                .setEventId(id).setFundId(FUND).setBankId("HSBKKZKX").setFromId(from).setToId(to).setAmount(amount)
                .setChannel(channel).setPurposeCode("311").setEventTime(at(hour))
                .build();
    }

    private static Instant at(int hour) {
        return T0.plus(Duration.ofHours(hour));
    }
}
