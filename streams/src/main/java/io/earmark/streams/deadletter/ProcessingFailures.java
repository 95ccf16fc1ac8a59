package io.earmark.streams.deadletter;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.earmark.schemas.DeadLetterHeaders;
import io.earmark.streams.metrics.PipelineObserver;
import io.earmark.streams.rules.MoneyOutOfRangeException;
import io.earmark.streams.state.JsonSerde;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports a unit of work that failed (DESIGN.md, "No single record can stop detection"): logs it, counts it in
 * {@code earmark-deadletter-total} (and the pipeline's {@code earmark_deadletter_total}) and makes the
 * {@link DeadLetter} record (the subject as JSON, headers naming the reason, the stage, the channel, the event and the
 * record being processed) that the stage sends to the topology's dead-letter sink. The reason is {@code OUT_OF_RANGE}
 * for a sum of money past what a long holds, {@code PROCESSING_FAILED} for anything else.
 */
public final class ProcessingFailures {

    public static final String PROCESSING_FAILED = "PROCESSING_FAILED";
    public static final String OUT_OF_RANGE = "OUT_OF_RANGE";
    private static final Logger LOG = LoggerFactory.getLogger(ProcessingFailures.class);

    private final ProcessorContext<?, ?> context;
    private final String stage;
    private final DeadLetterMetrics metrics;
    private final PipelineObserver observer;

    public ProcessingFailures(ProcessorContext<?, ?> context, String stage, PipelineObserver observer) {
        this.context = context;
        this.stage = stage;
        this.observer = observer;
        this.metrics = new DeadLetterMetrics(context.metrics(), context.taskId().toString(), stage);
    }

    /** Logs and counts the failure of {@code work}; returns its dead letter, for the stage to send. */
    public Record<String, DeadLetter> report(FailedWork work, RuntimeException failure) {
        String reason = failure instanceof MoneyOutOfRangeException ? OUT_OF_RANGE : PROCESSING_FAILED;
        String detail = failure instanceof MoneyOutOfRangeException money
                ? "sum \"" + money.what() + "\": " + money.getMessage() : String.valueOf(failure.getMessage());
        LOG.warn("Dead-lettering {} {} in stage {} (task {}): {}", work.subject().getClass().getSimpleName(),
                work.eventId(), stage, context.taskId(), reason, failure);
        metrics.count(reason);
        observer.deadLettered(context.recordMetadata().map(RecordMetadata::topic).orElse(stage), reason);
        LetterHeaders headers = LetterHeaders.of(reason, detail)
                .with(DeadLetterHeaders.EXCEPTION, failure.getClass().getName())
                .with(DeadLetterHeaders.STAGE, stage)
                .with(DeadLetterHeaders.CHANNEL, work.channel())
                .with(DeadLetterHeaders.EVENT_ID, work.eventId())
                .with(DeadLetterHeaders.EVENT_TIME, Instant.ofEpochMilli(work.eventTime()).toString());
        context.recordMetadata().ifPresent(meta -> headers.source(meta.topic(), meta.partition(), meta.offset()));
        DeadLetter letter = new DeadLetter(null, json(work.subject()), reason, detail);
        return new Record<>(null, letter, Math.max(0, work.eventTime()), headers.build());
    }

    private static byte[] json(Object subject) {
        try {
            return JsonSerde.mapper().writeValueAsBytes(subject);
        } catch (JsonProcessingException e) {
            return String.valueOf(subject).getBytes(StandardCharsets.UTF_8);
        }
    }
}
