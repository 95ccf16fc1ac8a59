package io.earmark.streams.order;

import io.earmark.streams.deadletter.FailedWork;
import io.earmark.streams.deadletter.InfrastructureFailure;
import io.earmark.streams.deadletter.ProcessingFailures;
import io.earmark.streams.metrics.PipelineObserver;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.Payload;
import io.earmark.streams.model.Watermark;
import io.earmark.streams.state.CachedStore;
import io.earmark.streams.state.CommitFlushedStore;
import io.earmark.streams.state.PagedQueue;
import io.earmark.streams.state.QueuePage;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A stage that applies its input in event-time order. Envelopes are buffered until the low watermark over the
 * stage's expected channels reaches their time, then handed to {@link #apply} one by one, in (time, type, id) order.
 * When its watermark moves, the stage tells the next stage (see {@link #emitWatermark}), on every heartbeat and at
 * most every {@code watermarkInterval} of wall-clock time otherwise: the clock decides latency, never results.
 * <p>
 * Buffered events and the stages' own state (through {@link #cached}) are kept decoded in memory and written to
 * their stores just before each commit (see {@link CommitFlushedStore}), so a commit always captures them.
 * <p>
 * No single event can stop the stage: each payload is applied in a unit of work ({@link #isolated}); when applying it
 * throws, every cached value it changed is taken back, it is dead-lettered ({@link ProcessingFailures}) and the stage
 * goes on with the next one.
 */
public abstract class OrderedStage implements Processor<String, Envelope, String, Object> {

    public static final String WATERMARK_KEY = "*watermark*";
    /** Decoded values a task keeps per store, most recently used first. */
    static final int CACHED_VALUES = 4096;

    private final String stageName;
    private final String bufferStore;
    private final String watermarkStore;
    private final Duration watermarkInterval;
    private final PipelineObserver observer;

    protected ProcessorContext<String, Object> context;
    private EventBuffer buffer;
    private WatermarkTracker watermarks;
    private long lastEmitted = Long.MIN_VALUE;
    private long lastEmitWallClock;
    /** Writes of stores that have no commit hook (a plain store, as in some tests): made after every record. */
    private final Map<String, Runnable> perRecordFlushes = new HashMap<>();
    /** By store name, so that a task initialised again (revived after a failure) replaces its caches. */
    private final Map<String, CachedStore<?>> caches = new LinkedHashMap<>();
    private ProcessingFailures failures;
    private boolean inUnit;
    /** The envelope release stopped at because it could not be applied yet (see {@link #canApply}); null if none. */
    private Envelope waitingFor;

    protected OrderedStage(String stageName, String bufferStore, String watermarkStore, Duration watermarkInterval,
                           PipelineObserver observer) {
        this.stageName = stageName;
        this.observer = observer;
        this.bufferStore = bufferStore;
        this.watermarkStore = watermarkStore;
        this.watermarkInterval = watermarkInterval;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.failures = new ProcessingFailures(context, stageName, observer);
        KeyValueStore<String, QueuePage<Envelope>> events = context.getStateStore(bufferStore);
        KeyValueStore<String, Long> marks = context.getStateStore(watermarkStore);
        this.buffer = new EventBuffer(events);
        CommitScope commit = CommitScope.of(context);
        flushBeforeCommit(bufferStore, events, () -> {
            commit.run(this::beforeCommit);
            buffer.flush();
        });
        this.watermarks = new WatermarkTracker(marks, expectedChannels(context.taskId().partition()));
        context.schedule(watermarkInterval, PunctuationType.WALL_CLOCK_TIME, now -> emitIfMoved(now));
    }

    /**
     * The store {@code storeName} of this task seen through decoded values, written just before each commit; the
     * {@code copier} makes the copies that let a failed unit of work be taken back. Call from {@code init}.
     */
    protected <V> CachedStore<V> cached(ProcessorContext<String, Object> context, String storeName,
                                        UnaryOperator<V> copier) {
        KeyValueStore<String, V> store = context.getStateStore(storeName);
        CachedStore<V> cached = new CachedStore<>(store, CACHED_VALUES, copier);
        flushBeforeCommit(storeName, store, cached::flush);
        caches.put(storeName, cached);
        return cached;
    }

    /**
     * The store {@code storeName} of this task as a queue that leaves from the front, written just before each
     * commit. Call from {@code init}.
     */
    protected <V> PagedQueue<V> queued(ProcessorContext<String, Object> context, String storeName) {
        KeyValueStore<String, QueuePage<V>> store = context.getStateStore(storeName);
        PagedQueue<V> queue = new PagedQueue<>(store);
        flushBeforeCommit(storeName, store, queue::flush);
        return queue;
    }

    /**
     * Runs {@code work} as one unit: if it throws, every change it made to this stage's cached values is taken back
     * and {@code what} is dead-lettered, and the stage goes on; a failure of the surroundings ({@link
     * InfrastructureFailure}: fencing, task migration, a failed send, an unreachable registry) is not the event's doing
     * and is thrown on, for the task to fail. Within a unit, a nested call simply runs its work (a
     * failure then fails the outer unit). Returns whether the work succeeded.
     */
    protected boolean isolated(FailedWork what, Runnable work) {
        if (inUnit) {
            work.run();
            return true;
        }
        inUnit = true;
        caches.values().forEach(CachedStore::begin);
        try {
            work.run();
            caches.values().forEach(CachedStore::settle);
            return true;
        } catch (RuntimeException e) {
            caches.values().forEach(CachedStore::rollBack);
            if (InfrastructureFailure.causes(e)) {
                throw e; // not this event's doing: the task fails, and the event is processed again
            }
            if (what != null) {
                failures.report(what, e);
            }
            return false;
        } finally {
            inUnit = false;
        }
    }

    /** The unit of work of applying {@code envelope}'s payload, as a dead letter names it. */
    protected static FailedWork work(Envelope envelope) {
        return new FailedWork(envelope.payload(), envelope.channel(), envelope.payload().orderingId(),
                envelope.eventTime());
    }

    private void flushBeforeCommit(String storeName, KeyValueStore<String, ?> store, Runnable flush) {
        CommitFlushedStore<?> hooked = CommitFlushedStore.behind(store);
        if (hooked != null) {
            hooked.beforeCommit(flush);
            perRecordFlushes.remove(storeName);
        } else {
            perRecordFlushes.put(storeName, flush);
        }
    }

    /** The channels this task must hear from before it may release anything. */
    protected abstract List<String> expectedChannels(int partition);

    /** Applies one released payload; called in event-time order. */
    protected abstract void apply(Payload payload);

    /** Payloads that need no ordering (e.g. finished verdicts from a later stage) go straight here. */
    protected boolean applyUnordered(Envelope envelope) {
        return false;
    }

    /**
     * Whether {@code envelope}, next in order, can be applied now. When it cannot (it waits for an answer that comes
     * unordered, see {@link #applyUnordered}), nothing after it is applied and no deadline after it fires; release
     * goes on once it can, and the watermark this stage passes on stays below it meanwhile.
     */
    protected boolean canApply(Envelope envelope) {
        return true;
    }

    /**
     * Called just before each commit, after the last record it covers: the place for what a stage sends once per
     * commit rather than once per event. It may forward; what it sends belongs to the commit.
     */
    protected void beforeCommit() {
    }

    /** Called after all payloads through {@code watermark} were applied: the place for deadlines. */
    protected void released(long watermark) {
    }

    /** Called before a payload at {@code eventTime} is applied: the place for deadlines due before it. */
    protected void beforeApply(long eventTime) {
    }

    @Override
    public void process(Record<String, Envelope> record) {
        handle(record.value());
        perRecordFlushes.values().forEach(Runnable::run);
    }

    private void handle(Envelope envelope) {
        if (envelope == null) {
            return;
        }
        if (applyUnordered(envelope)) {
            if (waitingFor != null && watermarks.low() != Long.MIN_VALUE) {
                releaseThrough(watermarks.low());
                emitIfMoved(context.currentSystemTimeMs());
            }
            return;
        }
        watermarks.observe(envelope);
        if (!envelope.isWatermark()) {
            buffer.add(envelope);
        }
        long low = watermarks.low();
        if (low != Long.MIN_VALUE) {
            releaseThrough(low);
        }
        long now = context.currentSystemTimeMs();
        if (envelope.isWatermark() || now - lastEmitWallClock >= watermarkInterval.toMillis()) {
            emitIfMoved(now);
        }
    }

    private void releaseThrough(long low) {
        for (Envelope next = buffer.firstThrough(low); next != null; next = buffer.firstThrough(low)) {
            if (!canApply(next)) {
                waitingFor = next;
                return;
            }
            buffer.takeFirst();
            beforeApply(next.eventTime());
            Envelope envelope = next;
            isolated(work(envelope), () -> apply(envelope.payload()));
        }
        waitingFor = null;
        released(low);
    }

    /** Through when this stage's output is complete: its inputs' low watermark, and below anything still waiting. */
    private long completeThrough() {
        long low = watermarks.low();
        long waiting = buffer.earliestTime();
        return waiting == Long.MAX_VALUE ? low : Math.min(low, waiting - 1);
    }

    private void emitIfMoved(long now) {
        long low = completeThrough();
        if (low != Long.MIN_VALUE && low > lastEmitted && low >= 0) {
            lastEmitted = low;
            lastEmitWallClock = now;
            emitWatermark(stamped(new Watermark(low)));
        }
    }

    /**
     * Sends this task's watermark downstream, under the key {@link #WATERMARK_KEY} (repartitioning drops null keys;
     * the partitioner sends watermarks to every partition whatever their key).
     */
    protected void emitWatermark(Envelope watermark) {
        context.forward(new Record<>(WATERMARK_KEY, watermark, watermark.eventTime()));
    }

    /** Forwards a payload to the next stage, stamped with this task's channel and its event time. */
    protected void forwardPayload(String key, Payload payload) {
        context.forward(new Record<>(key, stamped(payload), payload.eventTime()));
    }

    /** {@code payload} in an envelope on this task's channel, as the next stage tracks its watermark. */
    protected Envelope stamped(Payload payload) {
        return new Envelope(StageNames.channel(stageName, context.taskId().partition()), payload);
    }
}
