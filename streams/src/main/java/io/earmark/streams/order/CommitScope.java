package io.earmark.streams.order;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorNode;
import org.apache.kafka.streams.processor.internals.ProcessorRecordContext;

/**
 * Lets a stage forward records while Kafka Streams flushes the task's stores for a commit, so that what it sends
 * then (a fund's status, once per commit however many events changed it) belongs to the transaction being
 * committed. Kafka Streams' own record cache forwards from the same place in the same way (a table's changes,
 * once per commit): the processor's node is made the current one, with a record context like a punctuation's.
 * Inside {@code process} or a punctuation, or with a context that is not Kafka Streams' own (unit tests), the work
 * simply runs.
 */
final class CommitScope {

    private final InternalProcessorContext<?, ?> internal;
    private final ProcessorNode<?, ?, ?, ?> node;

    private CommitScope(InternalProcessorContext<?, ?> internal, ProcessorNode<?, ?, ?, ?> node) {
        this.internal = internal;
        this.node = node;
    }

    /** Call from the processor's {@code init}, where its node is the current one. */
    static CommitScope of(ProcessorContext<?, ?> context) {
        return context instanceof InternalProcessorContext<?, ?> internal
                ? new CommitScope(internal, internal.currentNode())
                : new CommitScope(null, null);
    }

    void run(Runnable work) {
        if (internal == null || node == null || internal.currentNode() != null) {
            work.run();
            return;
        }
        ProcessorRecordContext previous = internal.recordContext();
        internal.setRecordContext(new ProcessorRecordContext(internal.currentSystemTimeMs(), -1L, -1, null,
                new RecordHeaders()));
        internal.setCurrentNode(node);
        try {
            work.run();
        } finally {
            internal.setCurrentNode(null);
            internal.setRecordContext(previous);
        }
    }
}
