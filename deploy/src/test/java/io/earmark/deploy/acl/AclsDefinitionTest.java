package io.earmark.deploy.acl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.schemas.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped ACL definition grants each role exactly what issue 9 says, and nothing more. */
class AclsDefinitionTest {
    private final AclsDefinition acls = AclsDefinition.load();

    @Test
    void shouldLetABankOnlyWriteMovements() {
        assertThat(grantsOf("User:earmark-bank")).containsExactly("TOPIC " + Topics.MOVEMENTS + " LITERAL WRITE");
        assertThat(grantsOf("User:earmark-registry")).containsExactly("TOPIC " + Topics.ASSETS + " LITERAL WRITE");
        assertThat(grantsOf("User:earmark-operator")).containsExactly("TOPIC " + Topics.FUNDS + " LITERAL WRITE");
    }

    @Test
    void shouldLetTheDashboardOnlyReadAlertsFundStatusAndCasesWithItsGroups() {
        assertThat(grantsOf("User:earmark-dashboard")).containsExactlyInAnyOrder(
                "TOPIC " + Topics.ALERTS + " LITERAL READ",
                "TOPIC " + Topics.FUND_STATUS + " LITERAL READ",
                "TOPIC " + Topics.CASES + " LITERAL READ",
                "GROUP earmark-dashboard PREFIXED READ");
    }

    @Test
    void shouldLetThePipelineReadInputsWriteOutputsAndOwnItsInternalTopicsGroupAndTransactions() {
        List<String> grants = grantsOf("User:earmark-pipeline");

        assertThat(grants).contains(
                "TOPIC " + Topics.FUNDS + " LITERAL READ", "TOPIC " + Topics.MOVEMENTS + " LITERAL READ",
                "TOPIC " + Topics.ASSETS + " LITERAL READ", "TOPIC " + Topics.ALERTS + " LITERAL WRITE",
                "TOPIC " + Topics.FUND_STATUS + " LITERAL WRITE", "TOPIC " + Topics.DEADLETTER + " LITERAL WRITE",
                "TOPIC earmark-pipeline- PREFIXED ALL", "GROUP earmark-pipeline LITERAL READ",
                "TRANSACTIONAL_ID earmark-pipeline- PREFIXED WRITE");
        assertThat(grants).as("the HTTP API's live alert stream reads the alerts topic")
                .contains("TOPIC " + Topics.ALERTS + " LITERAL READ");
        assertThat(grants).as("cases: openings and people's acts written, the case table read, the topic created")
                .contains("TOPIC " + Topics.CASES + " LITERAL WRITE", "TOPIC " + Topics.CASES + " LITERAL READ",
                        "TOPIC " + Topics.CASES + " LITERAL CREATE");
        assertThat(grants).noneMatch(g -> g.startsWith("CLUSTER"))
                .noneMatch(g -> g.contains(Topics.MOVEMENTS) && g.endsWith("WRITE"))
                .noneMatch(g -> g.startsWith("GROUP") && !g.startsWith("GROUP earmark-pipeline "));
    }

    @Test
    void shouldNameThePipelinesResourcesAfterTheGivenApplicationId() {
        List<AclBinding> bindings = acls.withVariable(AclsDefinition.APPLICATION_ID, "earmark-eu").bindings();

        assertThat(bindings).filteredOn(b -> b.pattern().patternType() == PatternType.PREFIXED
                        && b.entry().principal().equals("User:earmark-pipeline"))
                .extracting(b -> b.pattern().name())
                .containsOnly("earmark-eu-");
    }

    @Test
    void shouldGiveARoleToOtherPrincipals() {
        AclsDefinition banks = acls.withPrincipals("bank", List.of("User:halyk", "User:kaspi"));

        assertThat(banks.bindings()).filteredOn(b -> b.pattern().name().equals(Topics.MOVEMENTS)
                        && b.entry().operation() == AclOperation.WRITE)
                .extracting(b -> b.entry().principal())
                .contains("User:halyk", "User:kaspi", "User:earmark-ticker")
                .doesNotContain("User:earmark-bank");
    }

    @Test
    void shouldRejectAnUnknownOperationNamingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("acls.yaml");
        Files.writeString(file, """
                roles:
                  x:
                    principals: [User:x]
                    allow: [{resource: topic, name: t, operations: [READ, SCRIBBLE]}]
                """);

        assertThatThrownBy(() -> AclsDefinition.load(file)).hasMessageContaining("SCRIBBLE");
    }

    @Test
    void shouldReadClusterGrantsAndPrefixes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("acls.yaml");
        Files.writeString(file, """
                variables: {app: a1}
                roles:
                  ops:
                    principals: [User:ops]
                    allow:
                      - {resource: cluster, operations: [DESCRIBE_CONFIGS]}
                      - {resource: topic, name: "${app}.", pattern: prefixed, operations: [DESCRIBE]}
                """);

        assertThat(AclsDefinition.load(file).bindings()).extracting(AclsDefinitionTest::describe)
                .containsExactly("CLUSTER kafka-cluster LITERAL DESCRIBE_CONFIGS", "TOPIC a1. PREFIXED DESCRIBE");
        assertThat(AclsDefinition.load(file).bindings()).allMatch(b -> b.pattern().resourceType() != ResourceType.ANY);
    }

    private List<String> grantsOf(String principal) {
        return acls.bindings().stream().filter(b -> b.entry().principal().equals(principal))
                .map(AclsDefinitionTest::describe).toList();
    }

    private static String describe(AclBinding b) {
        return b.pattern().resourceType() + " " + b.pattern().name() + " " + b.pattern().patternType() + " "
                + b.entry().operation();
    }
}
