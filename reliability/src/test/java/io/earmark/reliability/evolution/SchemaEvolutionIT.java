package io.earmark.reliability.evolution;

import static io.earmark.streams.testing.Events.AMOUNT;
import static io.earmark.streams.testing.Events.OUTSIDER;
import static io.earmark.streams.testing.Events.diversion;
import static io.earmark.streams.testing.Events.fund;
import static io.earmark.streams.testing.Events.minutes;
import static io.earmark.streams.testing.Events.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.deploy.testing.RegistryRest;
import io.earmark.deploy.testing.TestRecords;
import io.earmark.reliability.support.Figures;
import io.earmark.reliability.support.InputWriter;
import io.earmark.reliability.support.PrivatePipeline;
import io.earmark.reliability.support.TopicContents;
import io.earmark.reliability.support.TopicTail;
import io.earmark.schema.FundAlert;
import io.earmark.schema.FundMovement;
import io.earmark.schema.FundStatus;
import io.earmark.schemas.EventKeys;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.registry.IncompatibleSchemaException;
import io.earmark.schemas.registry.SchemaRegistryClient;
import io.earmark.schemas.serde.AvroDeserializer;
import io.earmark.schemas.serde.WireFormat;
import io.earmark.streams.topology.TopicNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.groups.Tuple;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema evolution on the real registry and broker: a new {@code FundMovement} version with an added optional field
 * is registered, old and new producers interleave movements of the same funds, and the running pipeline applies
 * both (every fund's ledger and alert need one record of each version). Then an incompatible version (amount as a
 * string) is refused by the registry and by the build's compatibility guard, which accepts the compatible one.
 */
@ExtendWith(KafkaStackExtension.class)
class SchemaEvolutionIT {
    private static final int PARTITIONS = 2;
    private static final int FUNDS = 6;
    private static final Duration PROCESSING = Duration.ofSeconds(90);

    @Test
    void shouldProcessOldAndNewWritersInterleavedAndRefuseAnIncompatibleVersion(KafkaStack stack, @TempDir Path work)
            throws Exception {
        try (PrivatePipeline pipeline = PrivatePipeline.start(stack, "evolution", PARTITIONS);
             InputWriter old = new InputWriter(stack)) {
            TopicNames topics = pipeline.topics();
            String subject = topics.movements() + "-value";
            SchemaRegistryClient registry = new HttpSchemaRegistryClient(stack.registryUrl());
            TopicTail deadLetters = TopicTail.from(stack, topics.deadLetter());

            // Given the funds, and both versions of FundMovement registered under the movements subject
            for (int i = 0; i < FUNDS; i++) {
                old.event(topics.funds(), fund(fundId(i), minutes(i)));
            }
            int oldId = registry.register(subject, FundMovement.getClassSchema());
            NewerMovementWriter newer = new NewerMovementWriter(registry, subject, MovementVersions.withOptionalField());
            assertThat(newer.schemaId()).isNotEqualTo(oldId);
            assertThat(RegistryRest.get(stack.registryUrl(), "/subjects/" + subject + "/versions").body()).hasSize(2);

            // When old and new producers alternate: each fund's release by one version, its diversion by the other
            List<FundMovement> movements = new ArrayList<>();
            for (int i = 0; i < FUNDS; i++) {
                movements.add(release(fundId(i), minutes(10 + i)));
                movements.add(diversion(fundId(i), diverted(i), minutes(30 + i)));
            }
            for (int m = 0; m < movements.size(); m++) {
                FundMovement movement = movements.get(m);
                if (m % 2 == 0) {
                    old.event(topics.movements(), movement);
                } else {
                    old.raw(topics.movements(), null, EventKeys.keyOf(movement).getBytes(StandardCharsets.UTF_8),
                            newer.encode(movement, "SETTLE-" + m), movement.getEventTime().toEpochMilli());
                }
            }
            old.heartbeats(List.of(topics.funds(), topics.movements(), topics.assets()), PARTITIONS, minutes(120));

            // Then every fund is diverted, and its ledger has both the release and the diversion applied
            List<FundAlert> alerts = TopicContents.alerts(stack, topics.alerts(), FUNDS, PROCESSING);
            assertThat(alerts).extracting(a -> tuple(a.getRule().name(), a.getFundId(), a.getCounterpartyId(),
                    a.getAmountAtRisk())).containsExactlyInAnyOrderElementsOf(expectedAlerts());
            Map<String, FundStatus> statuses = latestStatuses(stack, topics.fundStatus());
            for (int i = 0; i < FUNDS; i++) {
                assertThat(statuses.get(fundId(i))).as(fundId(i)).isNotNull()
                        .satisfies(s -> assertThat(s.getDiverted()).isEqualTo(diverted(s)))
                        .satisfies(s -> assertThat(s.getHeldByFinancialOrg()).isEqualTo(AMOUNT - diverted(s)));
            }
            Map<Integer, Long> recordsByVersion = recordsBySchemaId(stack, topics.movements(), movements.size());
            assertThat(recordsByVersion).containsOnlyKeys(oldId, newer.schemaId())
                    .containsEntry(oldId, (long) FUNDS).containsEntry(newer.schemaId(), (long) FUNDS);
            assertThat(deadLetters.read(0, Duration.ofSeconds(5))).as("dead letters").isEmpty();
            assertThat(pipeline.isHealthy()).as("pipeline running, failure: %s", pipeline.failure()).isTrue();

            // And an incompatible version is refused by the registry and by the build's guard
            assertThatThrownBy(() -> registry.register(subject, MovementVersions.withAmountAsString()))
                    .isInstanceOf(IncompatibleSchemaException.class).hasMessageContaining(subject);
            assertThat(RegistryRest.get(stack.registryUrl(), "/subjects/" + subject + "/versions").body()).hasSize(2);
            List<String> refused = BuildGuard.problemsWithMovement(MovementVersions.withAmountAsString(),
                    work.resolve("incompatible"));
            assertThat(refused).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("FundMovement v"))
                    .anySatisfy(p -> assertThat(p).contains("TYPE_MISMATCH")
                            .contains("/fields/" + FundMovement.getClassSchema().getField("amount").pos() + "/"));
            assertThat(BuildGuard.problemsWithMovement(MovementVersions.withOptionalField(),
                    work.resolve("compatible"))).isEmpty();

            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("test", "SchemaEvolutionIT");
            figures.put("versionsRegistered", 2);
            figures.put("movementsByVersion", Map.of("current", recordsByVersion.get(oldId),
                    "withOptionalField", recordsByVersion.get(newer.schemaId())));
            figures.put("alertsExpected", FUNDS);
            figures.put("alertsRaised", alerts.size());
            figures.put("incompatibleRefusedByRegistry", true);
            figures.put("incompatibleRefusedByGuard", refused.size());
            Figures.write("schema-evolution", figures);
        }
    }

    private static String fundId(int i) {
        return "EVO-" + (i + 1);
    }

    private static long diverted(int i) {
        return 2_000_00L * (i + 1);
    }

    private static long diverted(FundStatus status) {
        return diverted(Integer.parseInt(status.getFundId().substring("EVO-".length())) - 1);
    }

    private static List<Tuple> expectedAlerts() {
        List<Tuple> expected = new ArrayList<>();
        for (int i = 0; i < FUNDS; i++) {
            expected.add(tuple("DIVERTED_FUNDS", fundId(i), OUTSIDER, diverted(i)));
        }
        return expected;
    }

    /** The last status of each fund (one partition per key keeps them in order). */
    private static Map<String, FundStatus> latestStatuses(KafkaStack stack, String topic) {
        List<ConsumerRecord<String, FundStatus>> records = TestRecords.consume(stack, topic, new StringDeserializer(),
                new AvroDeserializer<>(new HttpSchemaRegistryClient(stack.registryUrl()), FundStatus.class), FUNDS,
                PROCESSING);
        Map<String, FundStatus> latest = new TreeMap<>();
        records.stream().sorted(Comparator.comparingLong(ConsumerRecord::offset))
                .forEach(r -> latest.put(r.key(), r.value()));
        return latest;
    }

    private static Map<Integer, Long> recordsBySchemaId(KafkaStack stack, String topic, int movements) {
        return TopicContents.raw(stack, topic, movements, PROCESSING).stream()
                .filter(r -> r.key() != null)
                .collect(Collectors.groupingBy(r -> WireFormat.readSchemaId(r.value()), TreeMap::new,
                        Collectors.counting()));
    }
}
