package io.earmark.streams.order;

import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.Watermark;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A stage task's input in event-time order. Envelopes are buffered until the low watermark over the stage's expected
 * channels reaches their time, then handed to the stage's {@link OrderedWork} one by one, in (time, type, id) order,
 * each in a unit of work of its own ({@link StageTask#isolated}). When the watermark moves, it goes to the stage's
 * watermark sink on every heartbeat and at most every {@code watermarkInterval} of wall-clock time otherwise: the
 * clock decides latency, never results. Made by {@link StageTask#ordered}.
 */
public final class EventOrder {

    private final StageTask task;
    private final EventBuffer buffer;
    private final WatermarkTracker watermarks;
    private final OrderedWork work;
    private final Consumer<Envelope> watermarkSink;
    private final long intervalMillis;
    private long lastEmitted = Long.MIN_VALUE;
    private long lastEmitWallClock;
    /** The envelope release stopped at because it could not be applied yet (see {@link OrderedWork#canApply}). */
    private Envelope waitingFor;

    EventOrder(StageTask task, EventBuffer buffer, WatermarkTracker watermarks, OrderedWork work,
               Consumer<Envelope> watermarkSink, Duration watermarkInterval) {
        this.task = task;
        this.buffer = buffer;
        this.watermarks = watermarks;
        this.work = work;
        this.watermarkSink = watermarkSink;
        this.intervalMillis = watermarkInterval.toMillis();
    }

    /** Takes an envelope (a payload or a watermark) in, and releases what the watermark now allows. */
    public void offer(Envelope envelope) {
        if (envelope == null) {
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
        long now = task.wallClock();
        if (envelope.isWatermark() || now - lastEmitWallClock >= intervalMillis) {
            emitIfMoved(now);
        }
    }

    /** An unordered answer arrived: if release stopped at an envelope waiting for one, it goes on where it can. */
    public void resume() {
        if (waitingFor != null && watermarks.low() != Long.MIN_VALUE) {
            releaseThrough(watermarks.low());
            emitIfMoved(task.wallClock());
        }
    }

    void punctuate(long now) {
        emitIfMoved(now);
    }

    private void releaseThrough(long low) {
        for (Envelope next = buffer.firstThrough(low); next != null; next = buffer.firstThrough(low)) {
            if (!work.canApply(next)) {
                waitingFor = next;
                return;
            }
            buffer.takeFirst();
            work.timeReached(next.eventTime());
            Envelope envelope = next;
            task.isolated(StageTask.work(envelope), () -> work.apply(envelope.payload()));
        }
        waitingFor = null;
        work.timeReached(low);
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
            watermarkSink.accept(task.stamped(new Watermark(low)));
        }
    }
}
