package io.earmark.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.schema.FundMovement;
import io.earmark.schema.Heartbeat;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

class InMemorySchemaRegistryTest {
    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    @Test
    void shouldHandOutIdsThatNeitherStartAtOneNorAreConsecutive() {
        int first = registry.register("a-value", FundMovement.getClassSchema());
        int second = registry.register("b-value", Heartbeat.getClassSchema());

        assertThat(first).isEqualTo(100);
        assertThat(second).isEqualTo(107);
    }

    @Test
    void shouldBeIdempotentPerSubjectAndSchema() {
        int first = registry.register("a-value", FundMovement.getClassSchema());
        int again = registry.register("a-value", FundMovement.getClassSchema());

        assertThat(again).isEqualTo(first);
        assertThat(registry.versions("a-value")).hasSize(1);
    }

    @Test
    void shouldShareTheGlobalIdOfAnEqualSchemaAcrossSubjects() {
        int inA = registry.register("a-value", FundMovement.getClassSchema());
        int inB = registry.register("b-value", FundMovement.getClassSchema());

        assertThat(inB).isEqualTo(inA);
        assertThat(registry.schemaById(inA)).isEqualTo(FundMovement.getClassSchema());
    }

    @Test
    void shouldAcceptABackwardCompatibleNewVersion() {
        registry.register("s", record(SchemaBuilder.record("R").fields().requiredString("a")));

        int v2 = registry.register("s", record(SchemaBuilder.record("R").fields().requiredString("a")
                .optionalString("b")));

        assertThat(registry.versions("s")).hasSize(2);
        assertThat(registry.schemaById(v2).getField("b")).isNotNull();
    }

    @Test
    void shouldRefuseABackwardIncompatibleNewVersionNamingTheSubject() {
        registry.register("s", record(SchemaBuilder.record("R").fields().requiredString("a")));
        Schema addsRequired = record(SchemaBuilder.record("R").fields().requiredString("a").requiredLong("b"));

        assertThatThrownBy(() -> registry.register("s", addsRequired))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("subject s")
                .hasMessageContaining("b");
        assertThat(registry.versions("s")).hasSize(1);
    }

    @Test
    void shouldThrowUnknownSchemaIdForAnIdNeverHandedOut() {
        assertThatThrownBy(() -> registry.schemaById(1))
                .isInstanceOf(UnknownSchemaIdException.class)
                .hasMessageContaining("id 1");
    }

    private static Schema record(SchemaBuilder.FieldAssembler<Schema> fields) {
        return fields.endRecord();
    }
}
