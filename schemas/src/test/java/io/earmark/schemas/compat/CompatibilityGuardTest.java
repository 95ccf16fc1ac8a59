package io.earmark.schemas.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompatibilityGuardTest {
    private static final String V1 = """
            {"type": "record", "name": "Payment", "namespace": "test", "fields": [
              {"name": "id", "type": "string"},
              {"name": "kind", "type": {"type": "enum", "name": "Kind", "symbols": ["A", "B"]}}]}""";

    @TempDir
    Path root;
    private Path current;
    private Path released;

    @BeforeEach
    void releaseVersionOne() throws IOException {
        current = Files.createDirectories(root.resolve("current"));
        released = Files.createDirectories(root.resolve("released/Payment"));
        Files.writeString(released.resolve("v1.avsc"), V1);
        released = released.getParent();
    }

    @Test
    void shouldAcceptAnUnchangedSchema() throws IOException {
        Files.writeString(current.resolve("Payment.avsc"), V1);

        assertThat(CompatibilityGuard.incompatibilities(current, released)).isEmpty();
    }

    @Test
    void shouldAcceptAnAddedOptionalFieldWithDefault() throws IOException {
        Files.writeString(current.resolve("Payment.avsc"),
                V1.replace("\"fields\": [", "\"fields\": [{\"name\": \"note\", "
                        + "\"type\": [\"null\", \"string\"], \"default\": null},"));

        assertThat(CompatibilityGuard.incompatibilities(current, released)).isEmpty();
    }

    @Test
    void shouldCatchANewRequiredFieldWithoutDefault() throws IOException {
        Files.writeString(current.resolve("Payment.avsc"),
                V1.replace("\"fields\": [", "\"fields\": [{\"name\": \"amount\", \"type\": \"long\"},"));

        List<String> problems = CompatibilityGuard.incompatibilities(current, released);

        assertThat(problems).singleElement().asString()
                .startsWith("Payment v1: the current schema cannot read data written with it")
                .contains("READER_FIELD_MISSING_DEFAULT").contains("amount");
    }

    @Test
    void shouldCatchARemovedEnumSymbol() throws IOException {
        Files.writeString(current.resolve("Payment.avsc"), V1.replace("[\"A\", \"B\"]", "[\"A\"]"));

        assertThat(CompatibilityGuard.incompatibilities(current, released)).singleElement().asString()
                .contains("MISSING_ENUM_SYMBOLS").contains("B");
    }

    @Test
    void shouldCompareWithTheHighestNumberedRelease() throws IOException {
        String v10 = V1.replace("[\"A\", \"B\"]", "[\"A\", \"B\", \"C\"]");
        Files.writeString(released.resolve("Payment/v9.avsc"), V1);
        Files.writeString(released.resolve("Payment/v10.avsc"), v10);
        Files.writeString(current.resolve("Payment.avsc"), V1);

        assertThat(CompatibilityGuard.incompatibilities(current, released)).singleElement().asString()
                .startsWith("Payment v10").contains("C");
    }

    @Test
    void shouldReportAReleasedRecordThatNoLongerExists() throws IOException {
        Files.writeString(current.resolve("Other.avsc"), V1.replace("Payment", "Other").replace("Kind", "OtherKind"));

        assertThat(CompatibilityGuard.incompatibilities(current, released)).containsExactly(
                "Payment v1 is released but no current schema defines Payment");
        assertThat(CompatibilityGuard.unreleased(current, released)).containsExactly("Other");
    }

    @Test
    void shouldResolveTypesDefinedInAnotherFileInEitherDirectory() throws IOException {
        String usesKind = """
                {"type": "record", "name": "Refund", "namespace": "test", "fields": [
                  {"name": "kind", "type": "Kind"}]}""";
        Files.writeString(current.resolve("Payment.avsc"), V1);
        Files.writeString(current.resolve("AaRefund.avsc"), usesKind);
        Files.createDirectories(released.resolve("Refund"));
        Files.writeString(released.resolve("Refund/v1.avsc"), usesKind);

        assertThat(CompatibilityGuard.incompatibilities(current, released)).isEmpty();
    }

    @Test
    void shouldFailLoudlyOnAnUnparseableSchema() throws IOException {
        Files.writeString(current.resolve("Payment.avsc"), "{\"type\": \"record\", \"name\": \"Payment\"");

        assertThatThrownBy(() -> CompatibilityGuard.incompatibilities(current, released))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Payment.avsc");
    }
}
