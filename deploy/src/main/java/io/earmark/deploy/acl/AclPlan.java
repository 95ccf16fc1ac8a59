package io.earmark.deploy.acl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.acl.AclBinding;

/**
 * What applying an ACL definition would change. In: the definition's bindings and the cluster's. Out: the bindings
 * to create ({@code missing}) and, for the definition's principals, bindings the cluster has that the definition
 * does not ({@code unmanaged}): reported, never deleted (removing access is an operator's explicit decision).
 */
public record AclPlan(List<AclBinding> missing, List<AclBinding> unmanaged) {
    public AclPlan {
        missing = List.copyOf(missing);
        unmanaged = List.copyOf(unmanaged);
    }

    public boolean noChange() {
        return missing.isEmpty();
    }

    /** One line per binding: {@code + ALLOW User:x WRITE topic earmark.movements.v1 (literal)}. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        missing.forEach(b -> lines.add("+ " + line(b)));
        unmanaged.forEach(b -> lines.add("! not in the definition, left in place: " + line(b)));
        lines.add(missing.isEmpty() ? "No change." : missing.size() + " ACL binding(s) to create.");
        return lines;
    }

    static String line(AclBinding b) {
        return b.entry().permissionType() + " " + b.entry().principal() + " " + b.entry().operation() + " "
                + b.pattern().resourceType().toString().toLowerCase(Locale.ROOT) + " " + b.pattern().name()
                + " (" + b.pattern().patternType().toString().toLowerCase(Locale.ROOT) + ")";
    }
}
