package io.earmark.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.KafkaStackExtension;
import io.earmark.deploy.testing.RegistryRest;
import io.earmark.deploy.testing.TestTopics;
import io.earmark.schema.FundMovement;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.registry.IncompatibleSchemaException;
import io.earmark.schemas.registry.SchemaRegistryClient;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real registry enforces BACKWARD compatibility per subject, and the client reports a refusal as such. */
@ExtendWith(KafkaStackExtension.class)
class IncompatibleSchemaIT {

    @Test
    void shouldRefuseANewRequiredFieldWithoutDefaultAsIncompatible(KafkaStack stack) {
        // Given FundMovement registered under a subject
        SchemaRegistryClient client = new HttpSchemaRegistryClient(stack.registryUrl());
        String subject = TestTopics.uniqueName("movements") + "-value";
        int firstId = client.register(subject, FundMovement.getClassSchema());

        // When a version with a new required field (no default) is registered under the same subject
        Schema incompatible = withExtraField(FundMovement.getClassSchema(), new Schema.Field(
                "settlementRef", Schema.create(Schema.Type.STRING), "required, no default"));

        // Then the registry refuses it and the client surfaces the refusal, naming the subject
        assertThatThrownBy(() -> client.register(subject, incompatible))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining(subject)
                .satisfies(e -> assertThat(((IncompatibleSchemaException) e).subject()).isEqualTo(subject));
        assertThat(RegistryRest.get(stack.registryUrl(), "/subjects/" + subject + "/versions").body()).hasSize(1);
        assertThat(client.register(subject, FundMovement.getClassSchema())).isEqualTo(firstId);
    }

    @Test
    void shouldAcceptANewFieldWithADefault(KafkaStack stack) {
        SchemaRegistryClient client = new HttpSchemaRegistryClient(stack.registryUrl());
        String subject = TestTopics.uniqueName("movements") + "-value";
        int firstId = client.register(subject, FundMovement.getClassSchema());

        Schema compatible = withExtraField(FundMovement.getClassSchema(), new Schema.Field(
                "settlementRef", Schema.create(Schema.Type.STRING), "optional", "none"));

        assertThat(client.register(subject, compatible)).isNotEqualTo(firstId);
        assertThat(RegistryRest.get(stack.registryUrl(), "/subjects/" + subject + "/versions").body()).hasSize(2);
    }

    private static Schema withExtraField(Schema schema, Schema.Field extra) {
        List<Schema.Field> fields = new ArrayList<>();
        schema.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
        fields.add(extra);
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }
}
