package io.earmark.deploy.acl;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;

/**
 * One {@code allow} entry of the ACL definition: operations on a resource (a topic, group, transactional id or the
 * cluster) matched by a literal name or a prefix. The name may hold {@code ${variable}}s, filled in later.
 */
public record Grant(ResourceType resourceType, String name, PatternType patternType, List<AclOperation> operations) {
    private static final Map<String, ResourceType> RESOURCES = Map.of(
            "topic", ResourceType.TOPIC,
            "group", ResourceType.GROUP,
            "transactionalid", ResourceType.TRANSACTIONAL_ID,
            "cluster", ResourceType.CLUSTER);

    public Grant {
        operations = List.copyOf(operations);
        if (operations.isEmpty()) {
            throw new IllegalArgumentException(resourceType + " " + name + ": no operations");
        }
    }

    /** Reads {@code {resource, name, pattern, operations}}; the cluster's name is always {@code kafka-cluster}. */
    static Grant parse(Map<String, Object> entry) {
        String resource = String.valueOf(entry.get("resource")).toLowerCase(Locale.ROOT);
        ResourceType type = RESOURCES.get(resource);
        if (type == null) {
            throw new IllegalArgumentException("unknown resource '" + resource + "', expected one of " + RESOURCES.keySet());
        }
        String name = type == ResourceType.CLUSTER ? "kafka-cluster" : (String) entry.get("name");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(resource + " without a name");
        }
        PatternType pattern = PatternType.fromString(
                String.valueOf(entry.getOrDefault("pattern", "literal")).toUpperCase(Locale.ROOT));
        if (pattern != PatternType.LITERAL && pattern != PatternType.PREFIXED) {
            throw new IllegalArgumentException(resource + " " + name + ": pattern must be literal or prefixed");
        }
        @SuppressWarnings("unchecked")
        List<String> operations = (List<String>) entry.get("operations");
        if (operations == null) {
            throw new IllegalArgumentException(resource + " " + name + ": no operations");
        }
        return new Grant(type, name, pattern, operations.stream().map(Grant::operation).toList());
    }

    private static AclOperation operation(String name) {
        AclOperation operation = AclOperation.fromString(name.replace('-', '_').toUpperCase(Locale.ROOT));
        if (operation == AclOperation.UNKNOWN || operation == AclOperation.ANY) {
            throw new IllegalArgumentException("unknown ACL operation '" + name + "'");
        }
        return operation;
    }
}
