package io.earmark.streams.order;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A model, in plain Java, of how the planned beneficiary-keyed core orders its input (docs/architecture.md, "A plan for
 * all three cases"). Routes send events to cores (layer R). A core applying an R event may send messages to cores at
 * the event's own place in the order (layer A: a request, a registration naming another owner's fund, a fund's state
 * from before its earmark); a core applying an A message may send messages too (layer B: an answer, a forwarded
 * registration). Messages to itself are applied at once, without a channel. An event routed to two cores can make the
 * first copy wait in its place for the second core's answer, which is taken as it arrives (see {@link Event}).
 * <p>
 * Every channel is first in, first out, and carries promises besides messages: "nothing after this on the channel
 * comes before this place". A core applies its smallest pending item once every channel into it has promised past
 * it, and promises on its own channels what it can: its layer-A messages come from R events it has not applied yet,
 * its layer-B messages from A messages it has not applied yet. Neither promise depends on the core's own promises,
 * so no wait can close a circle.
 * <p>
 * The order is a {@link Place}: the event's ordering key (time, kind, id), then the layer, the sender and its count.
 * Three release rules are modelled (see {@link Rule}): by the whole place (the plan); by event time alone, as today's
 * {@code EventOrder} does, under which a core holding an event at t promises only t - 1 on its layer-A channel, the
 * cores' layer-B promises follow it, and the core then waits for a promise past t that depends on its own; and by
 * time, releasing at t once every channel is complete through t - 1, which finishes but applies the events of one
 * instant in the order they arrive. A scheduler picks, at random from a seed, which
 * route sends, which channel delivers and which core works next, until nothing can happen.
 */
final class LayeredReleaseModel {

    static final int R = 0;
    static final int A = 1;
    static final int B = 2;

    enum Rule {
        /** Apply an item once every channel has promised past its place: the plan. */
        BY_PLACE,
        /** Apply an item at time t once every channel is complete through t: today's {@code EventOrder}. */
        BY_TIME,
        /** Apply an item at time t once every channel is complete through t - 1: the variant tried on 2026-12-03. */
        BY_TIME_BEFORE
    }

    /** The ordering key of an event, as in today's buffers: time, kind (earmark, movement, registration), id. */
    record Key(long time, int kind, String id) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::time).thenComparingInt(Key::kind)
                .thenComparing(Key::id);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    /** Where an item goes in the order: its event's key, then its layer, its sender and the sender's count. */
    record Place(Key key, int layer, int sender, int seq) implements Comparable<Place> {
        static final Place BOTTOM = new Place(new Key(Long.MIN_VALUE, Integer.MIN_VALUE, ""), Integer.MIN_VALUE,
                Integer.MIN_VALUE, Integer.MIN_VALUE);
        static final Place TOP = new Place(new Key(Long.MAX_VALUE, Integer.MAX_VALUE, "\uffff"), Integer.MAX_VALUE,
                Integer.MAX_VALUE, Integer.MAX_VALUE);
        private static final Comparator<Place> ORDER = Comparator.comparing(Place::key)
                .thenComparingInt(Place::layer).thenComparingInt(Place::sender).thenComparingInt(Place::seq);

        @Override
        public int compareTo(Place other) {
            return ORDER.compare(this, other);
        }
    }

    /**
     * An input event: its key, the route (input partition) it arrives on, and the cores it is routed to. When it
     * {@code asks}, it goes to two cores and the first one's copy waits in its place for an answer from the second,
     * which sends it while applying its own copy: an earmark waiting for the fund's state from before it (from the
     * fund's directory core), a registration waiting for the first fund of an asset another owner registered first.
     * The answer is taken as it arrives, not in order (as the core takes the asset stage's verdicts today), because its
     * place, on layer A, comes after the waiting event's.
     */
    record Event(Key key, int route, List<Integer> cores, boolean asks) {
        Event(Key key, int route, List<Integer> cores) {
            this(key, route, cores, false);
        }

        Event {
            if (asks && (cores.size() != 2 || cores.get(0).equals(cores.get(1)))) {
                throw new IllegalArgumentException("an asking event goes to two cores: " + cores);
            }
        }
    }

    /** Which cores an item's application sends messages to, on the next layer; the same for every schedule. */
    interface FanOut {
        List<Integer> receivers(String eventId, int core, int layer);

        /** For each (event, core, layer) a few receivers, drawn from {@code salt}. */
        static FanOut drawn(int cores, long salt, int percent) {
            return (eventId, core, layer) -> {
                Random draw = new Random(Objects.hash(eventId, core, layer, salt));
                List<Integer> to = new ArrayList<>();
                while (draw.nextInt(100) < percent && to.size() < 3) {
                    to.add(draw.nextInt(cores));
                }
                return to;
            };
        }
    }

    /** The events, and the messages applying an item makes. */
    record Scenario(int routes, int cores, List<Event> events, FanOut fanOut) {
    }

    /** What happened: per core, the places it applied, in the order it applied them, and what it still held. */
    record Outcome(Map<Integer, List<Place>> applied, Map<Integer, List<Place>> stuck) {
        boolean finished() {
            return stuck.values().stream().allMatch(List::isEmpty);
        }
    }

    private sealed interface Sent permits Message, Answer, Promise {
    }

    private record Answer(Key asked) implements Sent {
    }

    private record Message(Place place) implements Sent {
    }

    private record Promise(Place lowest) implements Sent {
    }

    /** A channel: from a sender, on a layer, to a core. */
    private record Channel(int sender, int layer, int to) {
    }

    private final Scenario scenario;
    private final Rule rule;
    private final Map<Channel, ArrayDeque<Sent>> channels = new LinkedHashMap<>();
    private final List<CoreModel> cores = new ArrayList<>();
    private final int[] nextEvent;
    private final List<List<Event>> byRoute = new ArrayList<>();
    /** For each asking event: the core whose copy waits, and the core that answers. */
    private final Map<Key, Integer> waiterOf = new HashMap<>();
    private final Map<Key, Integer> answererOf = new HashMap<>();

    private LayeredReleaseModel(Scenario scenario, Rule rule) {
        this.scenario = scenario;
        this.rule = rule;
        for (int r = 0; r < scenario.routes(); r++) {
            int route = r;
            byRoute.add(scenario.events().stream().filter(e -> e.route() == route).sorted(
                    Comparator.comparing(Event::key)).toList());
        }
        nextEvent = new int[scenario.routes()];
        for (Event event : scenario.events()) {
            if (event.asks()) {
                waiterOf.put(event.key(), event.cores().get(0));
                answererOf.put(event.key(), event.cores().get(1));
            }
        }
        for (int c = 0; c < scenario.cores(); c++) {
            cores.add(new CoreModel(c));
        }
        for (int c = 0; c < scenario.cores(); c++) {
            for (int r = 0; r < scenario.routes(); r++) {
                channels.put(new Channel(routeSender(r), R, c), new ArrayDeque<>());
            }
            for (int d = 0; d < scenario.cores(); d++) {
                if (d != c) {
                    channels.put(new Channel(coreSender(d), A, c), new ArrayDeque<>());
                    channels.put(new Channel(coreSender(d), B, c), new ArrayDeque<>());
                }
            }
        }
        for (int r = 0; r < scenario.routes(); r++) {
            promiseNext(r); // as a heartbeat does: a route with no events promises that none will come
        }
    }

    /** Runs {@code scenario} under {@code rule}, the scheduler drawing from {@code scheduleSeed}, until nothing can happen. */
    static Outcome run(Scenario scenario, Rule rule, long scheduleSeed) {
        return new LayeredReleaseModel(scenario, rule).run(new Random(scheduleSeed));
    }

    private static int routeSender(int route) {
        return route;
    }

    private static int coreSender(int core) {
        return 1_000 + core;
    }

    private Outcome run(Random schedule) {
        while (true) {
            List<Runnable> possible = new ArrayList<>();
            for (int r = 0; r < byRoute.size(); r++) {
                if (nextEvent[r] < byRoute.get(r).size()) {
                    int route = r;
                    possible.add(() -> send(route));
                }
            }
            channels.forEach((channel, queue) -> {
                if (!queue.isEmpty()) {
                    possible.add(() -> deliver(channel));
                }
            });
            for (CoreModel core : cores) {
                if (core.canWork()) {
                    possible.add(core::work);
                }
            }
            if (possible.isEmpty()) {
                break;
            }
            possible.get(schedule.nextInt(possible.size())).run();
        }
        Map<Integer, List<Place>> applied = new HashMap<>();
        Map<Integer, List<Place>> stuck = new HashMap<>();
        for (CoreModel core : cores) {
            applied.put(core.id, List.copyOf(core.applied));
            stuck.put(core.id, List.copyOf(core.pending));
        }
        return new Outcome(applied, stuck);
    }

    /** A route sends its next event to the cores it goes to, then promises every core the place of the one after. */
    private void send(int route) {
        List<Event> events = byRoute.get(route);
        int index = nextEvent[route]++;
        Event event = events.get(index);
        for (int core : event.cores()) {
            channels.get(new Channel(routeSender(route), R, core)).add(
                    new Message(new Place(event.key(), R, routeSender(route), index)));
        }
        promiseNext(route);
    }

    private void promiseNext(int route) {
        List<Event> events = byRoute.get(route);
        Place next = nextEvent[route] < events.size()
                ? new Place(events.get(nextEvent[route]).key(), R, routeSender(route), nextEvent[route])
                : Place.TOP;
        for (int core = 0; core < cores.size(); core++) {
            channels.get(new Channel(routeSender(route), R, core)).add(new Promise(next));
        }
    }

    private void deliver(Channel channel) {
        Sent sent = channels.get(channel).poll();
        CoreModel core = cores.get(channel.to());
        if (sent instanceof Message message) {
            core.pending.add(message.place());
        } else if (sent instanceof Answer answer) {
            core.answers.add(answer.asked());
        } else if (sent instanceof Promise promise) {
            Place before = core.promised.getOrDefault(channel, Place.BOTTOM);
            if (promise.lowest().compareTo(before) < 0) {
                throw new AssertionError("a promise went back on " + channel + ": " + before + " then " + promise);
            }
            core.promised.put(channel, promise.lowest());
        }
    }

    private final class CoreModel {
        final int id;
        final TreeSet<Place> pending = new TreeSet<>();
        final Map<Channel, Place> promised = new HashMap<>();
        final List<Place> applied = new ArrayList<>();
        /** Answers taken as they arrived, by the key of the event that waits for them. */
        final Set<Key> answers = new HashSet<>();
        private int count;
        private Place promisedA = Place.BOTTOM;
        private Place promisedB = Place.BOTTOM;

        CoreModel(int id) {
            this.id = id;
        }

        boolean canWork() {
            return firstIsReady() || !promiseA().equals(promisedA) || !promiseB().equals(promisedB);
        }

        /** Whether the smallest pending item may be applied now: every channel is past it and it waits for nothing. */
        private boolean firstIsReady() {
            return !pending.isEmpty() && releasable(pending.first()) && answered(pending.first());
        }

        /** Applies what it may, then promises what it can on its own channels. */
        void work() {
            while (firstIsReady()) {
                apply(pending.pollFirst());
            }
            Place a = promiseA();
            Place b = promiseB();
            if (!a.equals(promisedA)) {
                promisedA = a;
                promiseOn(A, a);
            }
            if (!b.equals(promisedB)) {
                promisedB = b;
                promiseOn(B, b);
            }
        }

        private void promiseOn(int layer, Place lowest) {
            for (int d = 0; d < cores.size(); d++) {
                if (d != id) {
                    channels.get(new Channel(coreSender(id), layer, d)).add(new Promise(lowest));
                }
            }
        }

        private boolean releasable(Place item) {
            for (Channel channel : channels.keySet()) {
                if (channel.to() != id) {
                    continue;
                }
                Place lowest = promised.getOrDefault(channel, Place.BOTTOM);
                boolean past = switch (rule) {
                    case BY_PLACE -> lowest.compareTo(item) > 0;
                    case BY_TIME -> lowest.key().time() > item.key().time();
                    case BY_TIME_BEFORE -> lowest.key().time() >= item.key().time();
                };
                if (!past) {
                    return false;
                }
            }
            return true;
        }

        /** An asking event's waiting copy goes once its answer is in; everything after it waits with it. */
        private boolean answered(Place item) {
            return item.layer() != R || !Integer.valueOf(id).equals(waiterOf.get(item.key()))
                    || answers.contains(item.key());
        }

        private void apply(Place item) {
            applied.add(item);
            if (item.layer() == R && Integer.valueOf(id).equals(answererOf.get(item.key()))) {
                int waiter = waiterOf.get(item.key());
                channels.get(new Channel(coreSender(id), A, waiter)).add(new Answer(item.key()));
            }
            if (item.layer() == B) {
                return;
            }
            int layer = item.layer() + 1;
            for (int to : scenario.fanOut().receivers(item.key().id(), id, layer)) {
                Place message = new Place(item.key(), layer, coreSender(id), count++);
                if (to == id) {
                    pending.add(message);
                } else {
                    channels.get(new Channel(coreSender(id), layer, to)).add(new Message(message));
                }
            }
        }

        /**
         * Its layer-A messages come from R events it has not applied yet: those it holds, and those its R channels
         * have not delivered (at or after what they promised).
         */
        private Place promiseA() {
            Key lowest = lowestKey(R);
            return lowest == null ? Place.TOP : new Place(lowest, A, coreSender(id), 0);
        }

        /** Its layer-B messages come from A messages it has not applied yet, its own future ones among them. */
        private Place promiseB() {
            Key lowest = lowestKey(A);
            Place ownA = promiseA();
            if (ownA != Place.TOP && (lowest == null || ownA.key().compareTo(lowest) < 0)) {
                lowest = ownA.key();
            }
            return lowest == null ? Place.TOP : new Place(lowest, B, coreSender(id), 0);
        }

        /** The least key of a {@code layer} item this core holds or may still receive; null when none can come. */
        private Key lowestKey(int layer) {
            Key lowest = null;
            for (Place held : pending) {
                if (held.layer() == layer) {
                    lowest = held.key();
                    break;
                }
            }
            // what is still on a channel comes at or after the last promise it delivered, which is all a core knows
            for (Channel channel : channels.keySet()) {
                if (channel.to() != id || channel.layer() != layer) {
                    continue;
                }
                Place promise = promised.getOrDefault(channel, Place.BOTTOM);
                if (promise != Place.TOP && (lowest == null || promise.key().compareTo(lowest) < 0)) {
                    lowest = promise.key();
                }
            }
            return lowest;
        }
    }
}
