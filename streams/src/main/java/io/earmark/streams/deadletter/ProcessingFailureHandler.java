package io.earmark.streams.deadletter;

import io.earmark.schemas.DeadLetterHeaders;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last net under every processor (Kafka Streams' {@code processing.exception.handler}, KIP-1033): an exception
 * that escapes a processor (the stages isolate each event themselves, see {@code StageTask#isolated}, so this
 * catches what happens outside those units) writes the source record's original bytes to the dead-letter topic with
 * reason {@code PROCESSING_FAILED} and its coordinates, and processing resumes with the next record instead of
 * stopping the stream thread. A failure of the surroundings ({@link InfrastructureFailure}, e.g. the schema registry
 * unreachable) is not the record's doing: it still stops the thread, so that no good event is dead-lettered.
 */
public final class ProcessingFailureHandler implements ProcessingExceptionHandler {

    /** The dead-letter topic's name, set by the pipeline's configuration. */
    public static final String TOPIC_CONFIG = "earmark.processing.handler.deadletter.topic";
    private static final Logger LOG = LoggerFactory.getLogger(ProcessingFailureHandler.class);

    private String topic;

    @Override
    public void configure(Map<String, ?> configs) {
        Object name = configs.get(TOPIC_CONFIG);
        if (name == null) {
            throw new IllegalArgumentException(TOPIC_CONFIG + " is not set");
        }
        topic = name.toString();
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (InfrastructureFailure.causes(exception)) {
            LOG.error("Failure of the surroundings in {} (task {}) at {}-{}@{}: the stream thread stops, the record "
                    + "is processed again", context.processorNodeId(), context.taskId(), context.topic(),
                    context.partition(), context.offset(), exception);
            return Response.fail();
        }
        LOG.warn("Dead-lettering {}-{}@{} after a failure in {} (task {})", context.topic(), context.partition(),
                context.offset(), context.processorNodeId(), context.taskId(), exception);
        Headers headers = LetterHeaders.of(ProcessingFailures.PROCESSING_FAILED, String.valueOf(exception.getMessage()))
                .with(DeadLetterHeaders.EXCEPTION, exception.getClass().getName())
                .with(DeadLetterHeaders.STAGE, context.processorNodeId())
                .source(context.topic(), context.partition(), context.offset())
                .build();
        return Response.resume(List.of(new ProducerRecord<>(topic, null, null, context.sourceRawKey(),
                context.sourceRawValue(), headers)));
    }
}
