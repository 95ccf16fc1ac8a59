package io.earmark.streams.stages;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.Heartbeat;
import io.earmark.schemas.serde.DecodingException;
import io.earmark.schemas.serde.EventDecoder;
import io.earmark.schemas.validation.EventValidator;
import io.earmark.schemas.validation.Violation;
import io.earmark.streams.deadletter.DeadLetter;
import io.earmark.streams.deadletter.DeadLetterMetrics;
import io.earmark.streams.metrics.PipelineObserver;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Payload;
import io.earmark.streams.model.Registration;
import io.earmark.streams.model.Watermark;
import io.earmark.streams.order.StageNames;
import io.earmark.streams.order.StageOutput;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one input topic's raw records. Out: an {@link Envelope} on the channel {@code <source>:<partition>} for each
 * valid event or heartbeat, or a {@link DeadLetter} carrying the original bytes and headers naming the reason and the
 * source topic, partition and offset. Nothing is dropped silently: each rejection is logged and counted. Every
 * record read is also reported to the {@link PipelineObserver} (events and heartbeats by topic, with their time).
 */
public final class DecodeStage implements Processor<byte[], byte[], String, StageOutput> {

    private static final Logger LOG = LoggerFactory.getLogger(DecodeStage.class);
    static final String WRONG_TYPE = "WRONG_TYPE";
    static final String EMPTY_VALUE = "EMPTY_VALUE";

    static final long PROGRESS_INTERVAL_MS = 50;

    private long latestEventTime = Long.MIN_VALUE;
    private long progressSent = Long.MIN_VALUE;
    private long progressSentAt = Long.MIN_VALUE / 2;
    private final String source;
    private final Class<? extends SpecificRecord> eventType;
    private final EventDecoder decoder;
    private final PipelineObserver observer;
    private ProcessorContext<String, StageOutput> context;
    private DeadLetterMetrics metrics;

    public DecodeStage(String source, Class<? extends SpecificRecord> eventType, EventDecoder decoder,
                       PipelineObserver observer) {
        this.source = source;
        this.eventType = eventType;
        this.decoder = decoder;
        this.observer = observer;
    }

    @Override
    public void init(ProcessorContext<String, StageOutput> context) {
        this.context = context;
        this.metrics = new DeadLetterMetrics(context.metrics(), context.taskId().toString(), source);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        RecordMetadata meta = context.recordMetadata().orElseThrow();
        if (record.value() == null) {
            reject(record, meta, EMPTY_VALUE, "the record has no value");
            return;
        }
        SpecificRecord decoded;
        try {
            decoded = decoder.decode(record.value());
        } catch (DecodingException e) {
            reject(record, meta, e.reason(), e.getMessage());
            return;
        }
        String channel = StageNames.channel(source, meta.partition());
        boolean heartbeat = decoded instanceof Heartbeat;
        if (!heartbeat && !eventType.isInstance(decoded)) {
            reject(record, meta, WRONG_TYPE, "expected " + eventType.getSimpleName() + " on " + meta.topic()
                    + ", got " + decoded.getSchema().getFullName());
            return;
        }
        List<Violation> violations = EventValidator.violations(decoded);
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            reject(record, meta, first.code(), first.detail());
            return;
        }
        if (heartbeat) {
            long time = ((Heartbeat) decoded).getTime().toEpochMilli();
            observer.heartbeatRead(meta.topic(), time);
            forward(new Envelope(channel, new Watermark(time)));
            return;
        }
        Payload payload = toPayload(decoded);
        observer.eventRead(meta.topic(), payload.eventTime());
        forward(new Envelope(channel, payload));
        passOnProgress(channel, payload.eventTime());
    }

    /**
     * Events tell only the stage they are routed to how far their partition has come; every other task of the next
     * stage would wait for a heartbeat. So at most every {@link #PROGRESS_INTERVAL_MS} of wall-clock time, the
     * partition's progress (complete through the latest event time − 1) goes to all of them as a watermark. The
     * clock only decides how often; the value is the event time's.
     */
    private void passOnProgress(String channel, long eventTime) {
        latestEventTime = Math.max(latestEventTime, eventTime);
        long now = context.currentSystemTimeMs();
        long complete = latestEventTime - 1;
        if (complete > progressSent && complete >= 0 && now - progressSentAt >= PROGRESS_INTERVAL_MS) {
            progressSent = complete;
            progressSentAt = now;
            forward(new Envelope(channel, new Watermark(complete)));
        }
    }

    private static Payload toPayload(SpecificRecord event) {
        if (event instanceof FundEarmarked e) {
            return Fund.of(e);
        }
        if (event instanceof FundMovement e) {
            return Movement.of(e);
        }
        return Registration.of((AssetRegistered) event);
    }

    private void forward(Envelope envelope) {
        context.forward(new Record<>(null, new StageOutput.Onward(envelope), Math.max(0, envelope.eventTime())));
    }

    private void reject(Record<byte[], byte[]> record, RecordMetadata meta, String reason, String detail) {
        LOG.warn("Dead-lettering {}-{}@{}: {} ({})", meta.topic(), meta.partition(), meta.offset(), reason, detail);
        metrics.count(reason);
        observer.deadLettered(meta.topic(), reason);
        context.forward(StageOutput.failed(DeadLetter.unreadable(record, meta, reason, detail)));
    }
}
