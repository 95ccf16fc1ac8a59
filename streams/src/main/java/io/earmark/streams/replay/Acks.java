package io.earmark.streams.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;

/** The acknowledgements of a batch of sends: {@link #await()} returns once all came back, or throws the first error. */
final class Acks {

    private final List<Future<RecordMetadata>> pending = new ArrayList<>();

    void add(Future<RecordMetadata> ack) {
        pending.add(ack);
    }

    int size() {
        return pending.size();
    }

    void await() throws InterruptedException {
        for (Future<RecordMetadata> ack : pending) {
            try {
                ack.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the broker refused a record: " + e.getCause().getMessage(),
                        e.getCause());
            }
        }
        pending.clear();
    }
}
