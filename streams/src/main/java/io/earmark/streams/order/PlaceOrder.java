package io.earmark.streams.order;

import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.Place;
import io.earmark.streams.model.Promise;
import io.earmark.streams.state.OrderKeys;
import io.earmark.streams.state.PagedQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stage task's input in the order of places (see {@link Place}), for the beneficiary-keyed core, whose stages send
 * each other messages both ways. Items wait in one buffer per layer until every channel has promised everything below
 * them (every channel of an inlet that gates release: see {@link Inlet#notGating}), then go to the stage's
 * {@link PlacedWork} one by one, smallest place first, each in a unit of work of its own. Each {@link Outlet} promises what the stage will still send on it: the lowest of the promises of the inlets that
 * feed it and of the items of those layers still waiting that may send something on it ({@link PlacedWork#mayEmit}).
 * An outlet's promise never depends on items of a later layer, so no promise waits for one that depends on it
 * (docs/architecture.md, "The release rule, modelled" and "The beneficiary-keyed core").
 * <p>
 * Promises go out when they move: on every promise or watermark that arrives, and otherwise at most every
 * {@code interval} of wall-clock time. The clock decides latency, never results. Made by {@link StageTask#placed}.
 */
public final class PlaceOrder {

    private final StageTask task;
    private final Map<Integer, PagedQueue<Envelope>> buffers;
    private final PlaceTracker promises;
    private final List<Inlet> inlets;
    private final List<Outlet> outlets;
    private final PlacedWork work;
    private final long intervalMillis;
    private final Map<Outlet, Place> lastPromised = new HashMap<>();
    /** Per outlet: the waiting items that may still send something on it, by place (see {@link PlacedWork#mayEmit}). */
    private final Map<Outlet, java.util.TreeMap<Place, Envelope>> emitting = new HashMap<>();
    private long lastPromiseWallClock;
    private boolean waiting;

    PlaceOrder(StageTask task, Map<Integer, PagedQueue<Envelope>> buffers, PlaceTracker promises, List<Inlet> inlets,
               List<Outlet> outlets, PlacedWork work, Duration interval) {
        this.task = task;
        this.buffers = buffers;
        this.promises = promises;
        this.inlets = List.copyOf(inlets);
        this.outlets = List.copyOf(outlets);
        this.work = work;
        this.intervalMillis = interval.toMillis();
        this.outlets.forEach(outlet -> emitting.put(outlet, new java.util.TreeMap<>()));
        buffers.forEach((layer, buffer) -> buffer.values().forEach(item -> noteWaiting(item, layer)));
    }

    /** Takes an envelope (an item, a promise or a watermark) in, and releases what the promises now allow. */
    public void offer(Envelope envelope) {
        if (envelope == null) {
            return;
        }
        promises.observe(envelope);
        if (!envelope.isWatermark()) {
            Inlet inlet = promises.inletOf(envelope.channel());
            buffer(inlet.layer()).put(OrderKeys.place(envelope), envelope);
            noteWaiting(envelope, inlet.layer());
        }
        release();
        long now = task.wallClock();
        if (envelope.isWatermark() || now - lastPromiseWallClock >= intervalMillis) {
            promiseIfMoved(now);
        }
    }

    /**
     * An item the stage handled as it arrived (it sent it on at once): it says what its inlet says about its channel,
     * and is not buffered.
     */
    public void pass(Envelope item) {
        promises.observe(item);
        release();
        long now = task.wallClock();
        if (now - lastPromiseWallClock >= intervalMillis) {
            promiseIfMoved(now);
        }
    }

    /** An unordered answer arrived: if an item waits in its place for one, release goes on where it can. */
    public void resume() {
        if (waiting) {
            release();
            promiseIfMoved(task.wallClock());
        }
    }

    void punctuate(long now) {
        promiseIfMoved(now);
    }

    void flush() {
        buffers.values().forEach(PagedQueue::flush);
    }

    private PagedQueue<Envelope> buffer(int layer) {
        PagedQueue<Envelope> buffer = buffers.get(layer);
        if (buffer == null) {
            throw new IllegalStateException("no buffer for layer " + layer);
        }
        return buffer;
    }

    private void release() {
        Place low = promises.low(gatingChannels());
        if (low == Place.BOTTOM) {
            return;
        }
        for (Head head = head(buffers.keySet()); head != null && !head.place.isAfter(low);
             head = head(buffers.keySet())) {
            if (!waiting) {
                work.timeReached(head.item.eventTime());
            }
            Envelope item = head.item;
            boolean[] done = {true};
            task.isolated(StageTask.work(item), () -> done[0] = work.apply(item));
            if (!done[0]) {
                waiting = true;
                for (Outlet outlet : outlets) {
                    if (!work.mayEmit(item, outlet)) {
                        emitting.get(outlet).remove(head.place);
                    }
                }
                return;
            }
            waiting = false;
            buffer(head.layer).pollFirst();
            Place released = head.place;
            emitting.values().forEach(items -> items.remove(released));
        }
        waiting = false;
        work.timeReached(low.time() - 1);
    }

    /**
     * What is known about some waiting items changed so that they may now send on an outlet they would not have sent
     * on (an asset's record was handed over, so the owner's registrations of it go to the asset stage): they hold that
     * outlet's promise back from now on. A promise already sent stays; the caller makes sure it did not pass them.
     */
    public void reconsider(java.util.function.Predicate<Envelope> affected) {
        buffers.forEach((layer, buffer) -> buffer.values().stream().filter(affected)
                .forEach(item -> noteWaiting(item, layer)));
    }

    /** Notes a waiting item for the outlets it feeds and may still send something on. */
    private void noteWaiting(Envelope item, int layer) {
        Place place = Place.of(item.payload(), layer);
        for (Outlet outlet : outlets) {
            if (outlet.fromLayers().contains(layer) && work.mayEmit(item, outlet)) {
                emitting.get(outlet).put(place, item);
            }
        }
    }

    /** The waiting item with the smallest place among the buffers of {@code layers}, or null. */
    private Head head(Set<Integer> layers) {
        Head best = null;
        for (int layer : layers) {
            Envelope first = buffer(layer).first();
            if (first != null) {
                Place place = Place.of(first.payload(), layer);
                if (best == null || best.place.isAfter(place)) {
                    best = new Head(first, layer, place);
                }
            }
        }
        return best;
    }

    private record Head(Envelope item, int layer, Place place) {
    }

    private Set<String> gatingChannels() {
        Set<String> channels = new LinkedHashSet<>();
        inlets.stream().filter(Inlet::gates).forEach(inlet -> channels.addAll(inlet.channels()));
        return channels;
    }

    /** What {@code outlet} can promise now: nothing below it will be sent on it any more. */
    Place promise(Outlet outlet) {
        List<String> feeding = new ArrayList<>();
        for (Inlet inlet : inlets) {
            if (outlet.fromLayers().contains(inlet.layer())) {
                feeding.addAll(inlet.channels());
            }
        }
        Place low = promises.low(feeding);
        if (low == Place.BOTTOM) {
            return Place.BOTTOM;
        }
        java.util.TreeMap<Place, Envelope> items = emitting.get(outlet);
        // what is known about an item may have changed since it arrived (its fund's ledger came): ask again
        while (!items.isEmpty() && !work.mayEmit(items.firstEntry().getValue(), outlet)) {
            items.pollFirstEntry();
        }
        Place promised = low;
        if (!items.isEmpty() && promised.isAfter(items.firstKey())) {
            promised = items.firstKey();
        }
        return promised.onLayer(outlet.layer());
    }

    private void promiseIfMoved(long now) {
        for (Outlet outlet : outlets) {
            Place promised = promise(outlet);
            Place last = lastPromised.get(outlet);
            if (promised != Place.BOTTOM && promised.time() >= 0 && (last == null || promised.isAfter(last))) {
                lastPromised.put(outlet, promised);
                lastPromiseWallClock = now;
                outlet.promises().accept(task.stampedAs(outlet.source(), Promise.below(promised)));
            }
        }
    }
}
