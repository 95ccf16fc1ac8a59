package io.earmark.streams.order;

import io.earmark.streams.deadletter.FailedWork;
import io.earmark.streams.deadletter.InfrastructureFailure;
import io.earmark.streams.deadletter.ProcessingFailures;
import io.earmark.streams.metrics.PipelineObserver;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.Payload;
import io.earmark.streams.state.CachedStore;
import io.earmark.streams.state.CommitFlushedStore;
import io.earmark.streams.state.PagedQueue;
import io.earmark.streams.state.QueuePage;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One task of a stage, as the stage's processor sees it: its stores, its units of work and what it sends on. A stage
 * makes one in {@code init} and asks it for what it needs.
 * <p>
 * The stage's own state (through {@link #cached}) is kept decoded in memory and written to its store just before each
 * commit (see {@link CommitFlushedStore}), so a commit always captures it.
 * <p>
 * No single event can stop the stage: each piece of work runs as a unit ({@link #isolated}); when it throws, every
 * cached value it changed is taken back, it is dead-lettered ({@link ProcessingFailures}) and the stage goes on with
 * the next one.
 */
public final class StageTask {

    /** Decoded values a task keeps per store, most recently used first. */
    static final int CACHED_VALUES = 4096;

    private final ProcessorContext<String, StageOutput> context;
    private final String stageName;
    private final ProcessingFailures failures;
    private final CommitScope commit;
    /** Writes of stores that have no commit hook (a plain store, as in some tests): made after every record. */
    private final Map<String, Runnable> perRecordFlushes = new HashMap<>();
    /** By store name, so that a task initialised again (revived after a failure) replaces its caches. */
    private final Map<String, CachedStore<?>> caches = new LinkedHashMap<>();
    private boolean inUnit;

    private StageTask(ProcessorContext<String, StageOutput> context, String stageName, PipelineObserver observer) {
        this.context = context;
        this.stageName = stageName;
        this.failures = new ProcessingFailures(context, stageName, observer);
        this.commit = CommitScope.of(context);
    }

    /** Call from the processor's {@code init}. */
    public static StageTask of(ProcessorContext<String, StageOutput> context, String stageName,
                               PipelineObserver observer) {
        return new StageTask(context, stageName, observer);
    }

    /**
     * This task's input in event-time order, buffered in {@code bufferStore} until the watermarks (kept in
     * {@code watermarkStore}) of the {@code expectedChannels} reach it, then handed to {@code work}; this task's
     * watermark goes to {@code watermarks} as it moves, at most every {@code watermarkInterval} of wall-clock time
     * between heartbeats. Just before each commit, {@code work}'s {@link OrderedWork#beforeCommit} runs, then the
     * buffer is written.
     */
    public EventOrder ordered(String bufferStore, String watermarkStore, List<String> expectedChannels,
                              Duration watermarkInterval, OrderedWork work, Consumer<Envelope> watermarks) {
        KeyValueStore<String, QueuePage<Envelope>> events = context.getStateStore(bufferStore);
        KeyValueStore<String, Long> marks = context.getStateStore(watermarkStore);
        EventBuffer buffer = new EventBuffer(events);
        EventOrder order = new EventOrder(this, buffer, new WatermarkTracker(marks, expectedChannels), work,
                watermarks, watermarkInterval);
        flushBeforeCommit(bufferStore, events, () -> {
            commit.run(work::beforeCommit);
            buffer.flush();
        });
        context.schedule(watermarkInterval, PunctuationType.WALL_CLOCK_TIME, order::punctuate);
        return order;
    }

    /**
     * This task's input in the order of places: items wait in {@code bufferStores} (one per layer, by layer) until
     * every channel of the {@code inlets} has promised everything below them (promises kept in {@code promiseStore}),
     * then go to {@code work}; the {@code outlets}' promises go out as they move, at most every {@code interval} of
     * wall-clock time between promises that arrive. Just before each commit, {@code work}'s
     * {@link PlacedWork#beforeCommit} runs, then the buffers are written.
     */
    public PlaceOrder placed(Map<Integer, String> bufferStores, String promiseStore, List<Inlet> inlets,
                             List<Outlet> outlets, Duration interval, PlacedWork work) {
        Map<Integer, PagedQueue<Envelope>> buffers = new LinkedHashMap<>();
        bufferStores.forEach((layer, name) -> {
            KeyValueStore<String, QueuePage<Envelope>> store = context.getStateStore(name);
            buffers.put(layer, new PagedQueue<>(store));
        });
        KeyValueStore<String, Envelope> marks = context.getStateStore(promiseStore);
        PlaceOrder order = new PlaceOrder(this, buffers, new PlaceTracker(marks, inlets), inlets, outlets, work,
                interval);
        String first = bufferStores.values().iterator().next();
        flushBeforeCommit(first, context.getStateStore(first), () -> {
            commit.run(work::beforeCommit);
            order.flush();
        });
        context.schedule(interval, PunctuationType.WALL_CLOCK_TIME, order::punctuate);
        return order;
    }

    /**
     * The store {@code storeName} of this task seen through decoded values, written just before each commit; the
     * {@code copier} makes the copies that let a failed unit of work be taken back.
     */
    public <V> CachedStore<V> cached(String storeName, UnaryOperator<V> copier) {
        KeyValueStore<String, V> store = context.getStateStore(storeName);
        CachedStore<V> cached = new CachedStore<>(store, CACHED_VALUES, copier);
        flushBeforeCommit(storeName, store, cached::flush);
        caches.put(storeName, cached);
        return cached;
    }

    /** The store {@code storeName} of this task as a queue that leaves from the front, written just before each commit. */
    public <V> PagedQueue<V> queued(String storeName) {
        KeyValueStore<String, QueuePage<V>> store = context.getStateStore(storeName);
        PagedQueue<V> queue = new PagedQueue<>(store);
        flushBeforeCommit(storeName, store, queue::flush);
        return queue;
    }

    /** A plain store of this task (read and written as it is, behind Kafka Streams' record cache). */
    public <V> KeyValueStore<String, V> store(String storeName) {
        return context.getStateStore(storeName);
    }

    /**
     * Runs {@code work} as one unit: if it throws, every change it made to this task's cached values is taken back
     * and {@code what} is dead-lettered, and the stage goes on; a failure of the surroundings ({@link
     * InfrastructureFailure}: fencing, task migration, a failed send, an unreachable registry) is not the event's doing
     * and is thrown on, for the task to fail. Within a unit, a nested call simply runs its work (a failure then fails
     * the outer unit). With {@code what} null, a failure is taken back and not reported. Returns whether the work
     * succeeded.
     */
    public boolean isolated(FailedWork what, Runnable work) {
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
                context.forward(StageOutput.failed(failures.report(what, e)));
            }
            return false;
        } finally {
            inUnit = false;
        }
    }

    /** The unit of work of applying {@code envelope}'s payload, as a dead letter names it. */
    public static FailedWork work(Envelope envelope) {
        return new FailedWork(envelope.payload(), envelope.channel(), envelope.payload().orderingId(),
                envelope.eventTime());
    }

    /** Call at the end of each {@code process}: writes the stores that have no commit hook. */
    public void recordDone() {
        perRecordFlushes.values().forEach(Runnable::run);
    }

    /** Sends {@code output} on under {@code key}, at {@code timestamp}. */
    public void send(String key, StageOutput output, long timestamp) {
        context.forward(new Record<>(key, output, timestamp));
    }

    /** Sends a payload to the next stage, stamped with this task's channel, at its event time. */
    public void forwardPayload(String key, Payload payload) {
        send(key, new StageOutput.Onward(stamped(payload)), payload.eventTime());
    }

    /** Sends this task's watermark to the next stage, under {@link StageOutput#WATERMARK_KEY}. */
    public void passOn(Envelope watermark) {
        send(StageOutput.WATERMARK_KEY, new StageOutput.Onward(watermark), watermark.eventTime());
    }

    /** {@code payload} in an envelope on this task's channel, as the next stage tracks its watermark. */
    public Envelope stamped(Payload payload) {
        return new Envelope(StageNames.channel(stageName, context.taskId().partition()), payload);
    }

    /** {@code payload} in an envelope on channel {@code source:<this task's partition>}. */
    public Envelope stampedAs(String source, Payload payload) {
        return new Envelope(StageNames.channel(source, context.taskId().partition()), payload);
    }

    /** Sends a payload on channel {@code source:<this task's partition>}, at its event time. */
    public void forwardAs(String source, String key, Payload payload) {
        send(key, new StageOutput.Onward(stampedAs(source, payload)), payload.eventTime());
    }

    public int partition() {
        return context.taskId().partition();
    }

    long wallClock() {
        return context.currentSystemTimeMs();
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
}
