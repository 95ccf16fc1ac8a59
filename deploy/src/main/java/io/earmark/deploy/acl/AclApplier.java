package io.earmark.deploy.acl;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;

/**
 * Applies an {@link AclsDefinition} with the Admin API (the caller needs ALTER on the cluster, e.g. a super user).
 * In: an Admin client and the definition. Out: an {@link AclPlan} ({@link #plan}), and the created bindings
 * ({@link #apply}). Idempotent: only missing bindings are created, so a second apply changes nothing.
 */
public final class AclApplier {
    private static final long TIMEOUT_SECONDS = 30;

    private AclApplier() {
    }

    public static AclPlan plan(Admin admin, AclsDefinition definition) {
        List<AclBinding> desired = definition.bindings();
        Collection<AclBinding> existing = await(admin.describeAcls(AclBindingFilter.ANY).values(), "describe ACLs");
        Set<AclBinding> present = new HashSet<>(existing);
        Set<AclBinding> wanted = new HashSet<>(desired);
        Set<String> principals = new HashSet<>(definition.principals());
        return new AclPlan(
                desired.stream().filter(b -> !present.contains(b)).toList(),
                existing.stream().filter(b -> principals.contains(b.entry().principal()) && !wanted.contains(b)).toList());
    }

    /** Creates the plan's missing bindings; returns them. */
    public static List<AclBinding> apply(Admin admin, AclPlan plan) {
        if (!plan.missing().isEmpty()) {
            await(admin.createAcls(plan.missing()).all(), "create ACLs");
        }
        return plan.missing();
    }

    /** Plans and applies in one step; returns the created bindings. */
    public static List<AclBinding> apply(Admin admin, AclsDefinition definition) {
        return apply(admin, plan(admin, definition));
    }

    private static <T> T await(KafkaFuture<T> future, String what) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot " + what + " within " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + what, e);
        }
    }
}
