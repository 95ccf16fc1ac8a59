package io.earmark.deploy.acl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Earmark's Kafka ACLs as code. In: the YAML definition {@value #RESOURCE} on the classpath (the repo's
 * deploy/src/main/resources/earmark/acls.yaml) or a file; variables (the pipeline's application id) and the
 * principals of a role can be replaced. Out: the {@link AclBinding}s (ALLOW, any host) of every role's principals.
 */
public final class AclsDefinition {
    public static final String RESOURCE = "earmark/acls.yaml";
    public static final String APPLICATION_ID = "applicationId";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");

    private final Map<String, String> variables;
    private final List<Role> roles;

    private AclsDefinition(Map<String, String> variables, List<Role> roles) {
        this.variables = Map.copyOf(variables);
        this.roles = List.copyOf(roles);
    }

    public static AclsDefinition load() {
        try (InputStream in = AclsDefinition.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static AclsDefinition load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public List<Role> roles() {
        return roles;
    }

    public Role role(String name) {
        return roles.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no role " + name + " in the ACL definition"));
    }

    public Map<String, String> variables() {
        return variables;
    }

    /** The same definition with {@code ${name}} set to {@code value} (e.g. applicationId). */
    public AclsDefinition withVariable(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(variables);
        changed.put(name, value);
        return new AclsDefinition(changed, roles);
    }

    /** The same definition with {@code role} held by {@code principals} instead. */
    public AclsDefinition withPrincipals(String role, List<String> principals) {
        Role replaced = role(role).withPrincipals(principals);
        return new AclsDefinition(variables, roles.stream().map(r -> r.name().equals(role) ? replaced : r).toList());
    }

    /** Every principal of every role, in file order, each once. */
    public List<String> principals() {
        return roles.stream().flatMap(r -> r.principals().stream()).distinct().toList();
    }

    /** One binding per (principal, grant, operation), with the variables filled in. */
    public List<AclBinding> bindings() {
        List<AclBinding> bindings = new ArrayList<>();
        for (Role role : roles) {
            for (String principal : role.principals()) {
                for (Grant grant : role.grants()) {
                    ResourcePattern resource = new ResourcePattern(grant.resourceType(), resolve(grant.name()),
                            grant.patternType());
                    grant.operations().forEach(op -> bindings.add(new AclBinding(resource,
                            new AccessControlEntry(principal, "*", op, AclPermissionType.ALLOW))));
                }
            }
        }
        return bindings.stream().distinct().toList();
    }

    private String resolve(String name) {
        Matcher matcher = VARIABLE.matcher(name);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("ACL definition uses ${" + matcher.group(1) + "}, which is not set");
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(resolved).toString();
    }

    @SuppressWarnings("unchecked")
    private static AclsDefinition parse(InputStream in, String source) {
        try {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, String> variables = new LinkedHashMap<>();
            ((Map<String, Object>) root.getOrDefault("variables", Map.of()))
                    .forEach((k, v) -> variables.put(k, String.valueOf(v)));
            List<Role> roles = new ArrayList<>();
            ((Map<String, Map<String, Object>>) root.get("roles")).forEach((name, body) -> roles.add(new Role(name,
                    (List<String>) body.getOrDefault("principals", List.of()),
                    ((List<Map<String, Object>>) body.get("allow")).stream().map(Grant::parse).toList())));
            return new AclsDefinition(variables, roles);
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IllegalStateException("malformed ACL definition " + source + ": " + e.getMessage(), e);
        }
    }
}
