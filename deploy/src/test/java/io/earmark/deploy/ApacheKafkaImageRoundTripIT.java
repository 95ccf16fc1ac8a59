package io.earmark.deploy;

import io.earmark.deploy.testing.ApacheKafkaContainer;
import io.earmark.deploy.testing.KafkaStack;
import io.earmark.deploy.testing.SharedStack;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same round trip against the official {@code apache/kafka} image, where Docker exists; skipped without it
 * (as on the build machines, which have no Docker engine). The registry is the shared one.
 */
@Testcontainers(disabledWithoutDocker = true)
class ApacheKafkaImageRoundTripIT extends RecordRoundTripContract {

    @Container
    static final KafkaContainer KAFKA = ApacheKafkaContainer.create();

    @Override
    protected KafkaStack stack() {
        return KafkaStack.of(KAFKA.getBootstrapServers(), SharedStack.get().registryUrl());
    }
}
