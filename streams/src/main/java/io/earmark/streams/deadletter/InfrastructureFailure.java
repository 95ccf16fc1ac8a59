package io.earmark.streams.deadletter;

import io.earmark.schemas.registry.RegistryUnavailableException;
import org.apache.kafka.common.KafkaException;

/**
 * Tells a failure of the pipeline's surroundings from one of the record: Kafka's own exceptions (a fenced producer, a
 * migrated task, a failed send) and an unreachable schema registry are not the record's doing. Such a failure must
 * fail the task (Kafka Streams retries it, or the instance stops and is restarted) instead of dead-lettering a good
 * event, whose alert would then be lost.
 */
public final class InfrastructureFailure {

    private InfrastructureFailure() {
    }

    public static boolean causes(Throwable failure) {
        if (failure instanceof KafkaException) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RegistryUnavailableException) {
                return true;
            }
        }
        return false;
    }
}
