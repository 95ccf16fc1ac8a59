package io.earmark.streams.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.schema.CaseEvent;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.serde.AvroDeserializer;
import io.earmark.streams.app.PipelineConfig;
import io.earmark.streams.cases.CaseFile;
import io.earmark.streams.cases.CaseFold;
import io.earmark.streams.state.StoreNames;
import io.earmark.streams.testing.Scenario;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cases API of two running instances (real broker and registry), held to DESIGN.md's contract: every alert of
 * the every-rule scenario opens one NEW case; every status code of {@code POST /api/cases/{alertId}/actions}; four
 * eyes; a retried act changes nothing; acts sent to the instance that does not own the case are carried out by the
 * one that does; and the case table equals the fold of the topic.
 */
@ExtendWith(KafkaStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CasesApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VIEWER = "viewer-token-0123456789";
    private static final String AIGERIM = "analyst-token-aigerim-0123";
    private static final String BOLAT = "supervisor-token-bolat-0123";
    private static final String SAULE = "supervisor-token-saule-0123";

    private final Scenario scenario = Scenario.load("scenarios/every-rule");
    private LivePipelines live;
    private String a;
    private String b;
    private List<String> alertIds;

    @BeforeAll
    void startTwoInstancesWithPeople(KafkaStack stack) throws Exception {
        Path people = LivePipelines.workDir("cases-it-").resolve("people.txt");
        Files.writeString(people, String.join("\n",
                "# NAME ROLE TOKEN",
                "vera viewer " + VIEWER,
                "aigerim analyst " + AIGERIM,
                "bolat supervisor " + BOLAT,
                "saule supervisor " + SAULE) + "\n");
        live = new LivePipelines(stack, 3, 2, Map.of(PipelineConfig.HTTP_PEOPLE, people.toString()));
        a = live.instance(0).url();
        b = live.instance(1).url();
        live.publish(scenario.events());
        live.advanceTo(scenario.end());
        await("a case for every expected alert").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Http.Reply reply = Http.get(a + "/api/cases?limit=1000");
                    return reply.status() == 200 && reply.json().get("cases").size() == scenario.expected().size();
                });
        alertIds = StreamSupport.stream(Http.get(a + "/api/cases?limit=1000").json().get("cases").spliterator(), false)
                .map(c -> c.get("alertId").asText()).toList();
    }

    @AfterAll
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    @Test
    @Order(1)
    void shouldOpenOneNewCaseForEachAlertOldestFirstOnEitherInstance() {
        JsonNode cases = Http.get(a + "/api/cases?limit=1000").json().get("cases");
        List<String> alerted = StreamSupport.stream(Http.get(a + "/api/alerts?limit=1000").json().get("alerts")
                .spliterator(), false).map(x -> x.get("alertId").asText()).sorted().toList();

        assertThat(alertIds.stream().sorted().toList()).isEqualTo(alerted);
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.get("status").asText()).isEqualTo("NEW");
            assertThat(c.get("actions").asInt()).isEqualTo(1);
        });
        List<java.time.Instant> opened = StreamSupport.stream(cases.spliterator(), false)
                .map(c -> java.time.Instant.parse(c.get("openedAt").asText())).toList();
        assertThat(opened).isSorted();
        assertThat(Http.get(b + "/api/cases?limit=1000").body()).isEqualTo(Http.get(a + "/api/cases?limit=1000")
                .body());
        JsonNode view = Http.get(b + "/api/cases/" + encode(alertIds.get(0))).json();
        assertThat(view.get("alert").get("alertId").asText()).isEqualTo(alertIds.get(0));
        assertThat(view.get("history").get(0).get("action").asText()).isEqualTo("OPENED");
        assertThat(view.get("history").get(0).get("actor").asText()).isEqualTo("earmark");
    }

    @Test
    @Order(2)
    void shouldFilterTheInbox() {
        String rule = Http.get(a + "/api/cases/" + encode(alertIds.get(0))).json().get("case").get("rule").asText();

        JsonNode byRule = Http.get(a + "/api/cases?rule=" + rule).json().get("cases");

        assertThat(byRule).isNotEmpty().allSatisfy(c -> assertThat(c.get("rule").asText()).isEqualTo(rule));
        assertThat(Http.get(a + "/api/cases?status=RESOLVED").json().get("cases")).isEmpty();
        assertThat(Http.get(a + "/api/cases?status=DONE").status()).isEqualTo(400);
        assertThat(Http.get(a + "/api/cases?limit=1").json().get("cases")).hasSize(1);
    }

    @Test
    @Order(3)
    void shouldTellWhoATokenNames() {
        assertThat(Http.get(a + "/api/me").status()).isEqualTo(401);
        assertThat(Http.get(a + "/api/me", bearer("not-a-token-of-anyone")).status()).isEqualTo(401);
        JsonNode me = Http.get(a + "/api/me", bearer(BOLAT)).json();
        assertThat(me.get("person").asText()).isEqualTo("bolat");
        assertThat(me.get("role").asText()).isEqualTo("supervisor");
        assertThat(me.get("actions").toString()).contains("RESOLUTION_APPROVED");
        assertThat(Http.get(a + "/api/me", bearer(VIEWER)).json().get("actions")).isEmpty();
    }

    @Test
    @Order(4)
    void shouldAnswerEveryErrorOfTheContractAndWriteNothing() throws Exception {
        String alert = alertIds.get(0);
        long before = recordsInTopic();

        assertThat(post(a, alert, comment("hello"), null).status()).isEqualTo(401);
        assertThat(post(a, alert, comment("hello"), "nobody-has-this-token").status()).isEqualTo(401);
        assertThat(post(a, alert, "{not json", AIGERIM).status()).isEqualTo(400);
        assertThat(post(a, alert, "{\"caseEventId\":\"x1\",\"action\":\"SHOUTED\"}", AIGERIM).status()).isEqualTo(400);
        assertThat(post(a, alert, "{\"caseEventId\":\"x2\",\"action\":\"OPENED\"}", AIGERIM).status()).isEqualTo(400);
        assertThat(post(a, alert, "{\"action\":\"COMMENTED\",\"note\":\"n\"}", AIGERIM).status()).isEqualTo(400);
        assertThat(post(a, alert, comment("x".repeat(4_001)), AIGERIM).status()).isEqualTo(400);
        assertThat(post(a, alert, "{\"caseEventId\":\"x3\",\"action\":\"COMMENTED\",\"note\":\"n\",\"colour\":1}",
                AIGERIM).status()).isEqualTo(400);
        assertThat(post(a, alert, act("STATUS_CHANGED").put("status", "RESOLVED").toString(), AIGERIM).status())
                .isEqualTo(400);
        assertThat(post(a, alert, comment("hello"), VIEWER).status()).isEqualTo(403);
        assertThat(post(a, alert, act("RESOLUTION_APPROVED").toString(), AIGERIM).status()).isEqualTo(403);
        assertThat(post(a, "IDLE_FUNDS:NO-SUCH-FUND:e0", comment("hello"), AIGERIM).status()).isEqualTo(404);
        assertThat(Http.get(a + "/api/cases/" + encode("IDLE_FUNDS:NO-SUCH-FUND:e0")).status()).isEqualTo(404);
        Http.Reply resolveNew = post(b, alert, propose("FALSE_POSITIVE", null), AIGERIM);
        assertThat(resolveNew.status()).isEqualTo(409);
        assertThat(resolveNew.json().get("message").asText()).contains("NEW");
        assertThat(post(a, alert, act("RESOLUTION_APPROVED").toString(), BOLAT).status()).isEqualTo(409);

        assertThat(recordsInTopic()).isEqualTo(before);
        assertThat(view(a, alert).get("case").get("actions").asInt()).isEqualTo(1);
    }

    @Test
    @Order(5)
    void shouldResolveACaseOnlyWithASecondPersonsApprovalWhicheverInstanceIsAsked() {
        // Given a case owned by instance B, acted on through instance A
        String alert = ownedBy(1);

        assertThat(post(a, alert, act("ASSIGNED").put("assignee", "aigerim").toString(), AIGERIM).status())
                .isEqualTo(200);
        assertThat(post(a, alert, act("STATUS_CHANGED").put("status", "INVESTIGATING").toString(), AIGERIM)
                .json().get("case").get("status").asText()).isEqualTo("INVESTIGATING");
        assertThat(post(a, alert, comment("the bank confirms the transfer"), AIGERIM).status()).isEqualTo(200);
        Http.Reply proposed = post(a, alert, propose("FUNDS_RECOVERED", 250_000_00L), AIGERIM);
        assertThat(proposed.status()).isEqualTo(200);
        assertThat(proposed.answeredBy()).isEqualTo("127.0.0.1:" + live.instance(1).config().httpPort());
        assertThat(proposed.json().get("case").get("status").asText()).isEqualTo("PENDING_APPROVAL");

        // Four eyes: a supervisor who proposed cannot approve; another can
        String second = ownedBy(0);
        post(b, second, act("STATUS_CHANGED").put("status", "TRIAGED").toString(), BOLAT);
        post(b, second, propose("CONFIRMED_VIOLATION", null), BOLAT);
        Http.Reply own = post(b, second, act("RESOLUTION_APPROVED").toString(), BOLAT);
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.json().get("message").asText()).contains("four eyes");
        assertThat(post(a, second, act("RESOLUTION_APPROVED").toString(), SAULE).json().get("case").get("status")
                .asText()).isEqualTo("RESOLVED");

        JsonNode resolved = post(b, alert, act("RESOLUTION_APPROVED").toString(), BOLAT).json();
        assertThat(resolved.get("case").get("status").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.get("case").get("resolution").asText()).isEqualTo("FUNDS_RECOVERED");
        assertThat(resolved.get("case").get("recoveredAmount").asLong()).isEqualTo(250_000_00L);
        assertThat(actors(resolved)).containsExactly("earmark", "aigerim", "aigerim", "aigerim", "aigerim", "bolat");

        // A resolved case takes comments only
        assertThat(post(a, alert, act("STATUS_CHANGED").put("status", "ESCALATED").toString(), BOLAT).status())
                .isEqualTo(409);
        assertThat(post(a, alert, comment("KZT 250,000 back on the programme account"), AIGERIM).status())
                .isEqualTo(200);
        assertThat(Http.get(b + "/api/cases?status=RESOLVED").json().get("cases")).hasSize(2);
    }

    @Test
    @Order(6)
    void shouldChangeNothingWhenAnActIsRetried() throws Exception {
        String alert = alertIds.get(alertIds.size() - 1);
        String assign = act("ASSIGNED").put("assignee", "saule").toString();
        Http.Reply first = post(b, alert, assign, SAULE);
        long written = recordsInTopic();

        Http.Reply again = post(a, alert, assign, SAULE);

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("case")).isEqualTo(first.json().get("case"));
        assertThat(recordsInTopic()).isEqualTo(written);
    }

    @Test
    @Order(7)
    void shouldHoldTheCaseTableEqualToTheFoldOfTheTopic() throws Exception {
        CaseFold fold = new CaseFold();
        readTopic().forEach(fold::apply);

        assertThat(fold.cases().keySet()).containsExactlyInAnyOrderElementsOf(alertIds);
        for (CaseFile expected : fold.cases().values()) {
            JsonNode view = view(a, expected.alertId);
            JsonNode actual = view.get("case");
            assertThat(actual.get("status").asText()).as(expected.alertId).isEqualTo(expected.status.name());
            assertThat(actual.path("assignee").asText(null)).as(expected.alertId).isEqualTo(expected.assignee);
            assertThat(actual.get("actions").asInt()).as(expected.alertId).isEqualTo(expected.actions);
            List<String> ids = StreamSupport.stream(view.get("history").spliterator(), false)
                    .map(h -> h.get("caseEventId").asText()).toList();
            assertThat(ids).as(expected.alertId).isEqualTo(fold.history(expected.alertId).stream()
                    .map(CaseEvent::getCaseEventId).toList());
        }
    }

    private String ownedBy(int instance) {
        int port = live.instance(instance).config().httpPort();
        return alertIds.stream().filter(id -> live.instance(0).pipeline().streams()
                        .queryMetadataForKey(StoreNames.CASES, id, new StringSerializer()).activeHost().port() == port)
                .filter(id -> view(a, id).get("case").get("status").asText().equals("NEW"))
                .findFirst().orElseThrow();
    }

    private static JsonNode view(String base, String alertId) {
        return Http.get(base + "/api/cases/" + encode(alertId)).json();
    }

    private static List<String> actors(JsonNode view) {
        return StreamSupport.stream(view.get("history").spliterator(), false).map(h -> h.get("actor").asText())
                .toList();
    }

    private static Http.Reply post(String base, String alertId, String body, String token) {
        return Http.post(base + "/api/cases/" + encode(alertId) + "/actions", body,
                token == null ? Map.of() : bearer(token));
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static ObjectNode act(String action) {
        ObjectNode json = JSON.createObjectNode();
        json.put("caseEventId", UUID.randomUUID().toString());
        json.put("action", action);
        return json;
    }

    private static String comment(String note) {
        return act("COMMENTED").put("note", note).toString();
    }

    private static String propose(String resolution, Long recovered) {
        ObjectNode json = act("RESOLUTION_PROPOSED").put("resolution", resolution);
        if (recovered != null) {
            json.put("recoveredAmount", recovered);
        }
        return json.toString();
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private long recordsInTopic() throws IOException {
        try (KafkaConsumer<String, CaseEvent> consumer = consumer()) {
            return consumer.endOffsets(partitions(consumer)).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Every act on the topic, partition by partition (each case's acts stay in order). */
    private List<CaseEvent> readTopic() {
        List<CaseEvent> acts = new ArrayList<>();
        try (KafkaConsumer<String, CaseEvent> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await("the whole cases topic read").atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, CaseEvent> r : consumer.poll(Duration.ofMillis(200))) {
                    acts.add(r.value());
                }
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
        }
        return acts;
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, CaseEvent> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : consumer.partitionsFor(live.cases)) {
            partitions.add(new TopicPartition(info.topic(), info.partition()));
        }
        return partitions;
    }

    private KafkaConsumer<String, CaseEvent> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, live.stack.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(props, new StringDeserializer(),
                new AvroDeserializer<>(new HttpSchemaRegistryClient(live.stack.registryUrl()), CaseEvent.class));
    }
}
