package io.earmark.deploy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the topics of a definition that do not exist yet, idempotently. In: an Admin client (or bootstrap
 * servers) and topic specs. Out: the names it created; an existing topic is left exactly as it is, even if its
 * settings differ from the definition (changing a live topic is an operator's decision, not a side effect).
 * It returns once the broker serves the new topics' metadata.
 */
public final class TopicCreator {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RETRY_BACKOFF = Duration.ofMillis(50);

    private TopicCreator() {
    }

    /** Connects to {@code bootstrapServers}, creates the missing topics, returns their names. */
    public static List<String> createMissing(String bootstrapServers, Collection<TopicSpec> specs) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return createMissing(admin, specs);
        }
    }

    public static List<String> createMissing(Admin admin, Collection<TopicSpec> specs) {
        Set<String> existing = await(admin.listTopics().names(), "list topics");
        List<NewTopic> missing = specs.stream().filter(s -> !existing.contains(s.name())).map(TopicSpec::newTopic).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        List<String> created = new ArrayList<>();
        admin.createTopics(missing).values().forEach((name, future) -> {
            try {
                future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                created.add(name);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause().getMessage(), e.getCause());
                }
            } catch (InterruptedException | TimeoutException e) {
                throw interruptedOrTimedOut("create topic " + name, e);
            }
        });
        awaitVisible(admin, created);
        return missing.stream().map(NewTopic::name).filter(created::contains).toList();
    }

    /** Waits until the broker serves metadata for the new topics, so that clients can use them at once. */
    private static void awaitVisible(Admin admin, List<String> names) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!names.isEmpty()) {
            try {
                admin.describeTopics(names).allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("topics " + names + " not visible: " + e.getCause().getMessage(), e.getCause());
                }
                LockSupport.parkNanos(RETRY_BACKOFF.toNanos());
            } catch (InterruptedException | TimeoutException e) {
                throw interruptedOrTimedOut("describe topics " + names, e);
            }
        }
    }

    private static <T> T await(KafkaFuture<T> future, String what) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw interruptedOrTimedOut(what, e);
        }
    }

    private static IllegalStateException interruptedOrTimedOut(String what, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return new IllegalStateException("cannot " + what + " within " + TIMEOUT.toSeconds() + " s: " + e, e);
    }
}
