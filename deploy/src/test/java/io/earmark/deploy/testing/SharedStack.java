package io.earmark.deploy.testing;

import io.earmark.deploy.LocalStack;
import io.earmark.deploy.SchemaRegistryServer;
import java.util.Locale;
import java.util.Optional;

/**
 * The one broker + schema registry of a test JVM, started on first use and reused by every test class after it;
 * stopped by a shutdown hook when the JVM ends. In: {@code -D}{@value #BROKER_PROPERTY} (or the environment
 * variable {@value #BROKER_ENV}): {@code embedded} (default) for the in-JVM KRaft broker, {@code docker} for the
 * official {@code apache/kafka} image through Testcontainers ({@link ApacheKafkaContainer}; needs Docker and
 * {@code org.testcontainers:kafka} on the test classpath). The registry is always the real Apicurio Registry process (on a JDK 21+).
 * Out: {@link KafkaStack}. No Earmark topics are created: tests make their own with {@link TestTopics}.
 */
public final class SharedStack {
    public static final String BROKER_PROPERTY = "earmark.it.broker";
    public static final String BROKER_ENV = "EARMARK_IT_BROKER";

    private static KafkaStack stack;

    private SharedStack() {
    }

    /** The shared stack, started now if this is the first call in this JVM. */
    public static synchronized KafkaStack get() {
        if (stack == null) {
            stack = start();
        }
        return stack;
    }

    private static KafkaStack start() {
        if ("docker".equals(brokerKind())) {
            String bootstrap = dockerBroker();
            return KafkaStack.of(bootstrap, SchemaRegistryServer.start().url());
        }
        LocalStack local = LocalStack.start(new LocalStack.Options(0, 0, 0, false));
        return KafkaStack.of(local.bootstrapServers(), local.registryUrl());
    }

    private static String brokerKind() {
        String kind = Optional.ofNullable(System.getProperty(BROKER_PROPERTY)).orElse(System.getenv(BROKER_ENV));
        return kind == null ? "embedded" : kind.trim().toLowerCase(Locale.ROOT);
    }

    private static String dockerBroker() {
        try {
            return ApacheKafkaContainer.startShared();
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException(BROKER_PROPERTY + "=docker needs org.testcontainers:kafka and "
                    + "org.testcontainers:junit-jupiter on the test classpath", e);
        }
    }
}
