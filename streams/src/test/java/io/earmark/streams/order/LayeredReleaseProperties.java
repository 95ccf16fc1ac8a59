package io.earmark.streams.order;

import static io.earmark.streams.order.LayeredReleaseModel.A;
import static io.earmark.streams.order.LayeredReleaseModel.R;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.streams.order.LayeredReleaseModel.Event;
import io.earmark.streams.order.LayeredReleaseModel.FanOut;
import io.earmark.streams.order.LayeredReleaseModel.Key;
import io.earmark.streams.order.LayeredReleaseModel.Outcome;
import io.earmark.streams.order.LayeredReleaseModel.Place;
import io.earmark.streams.order.LayeredReleaseModel.Rule;
import io.earmark.streams.order.LayeredReleaseModel.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * The release rule of the planned core, in {@link LayeredReleaseModel}: with promises over the whole ordering key, every
 * item is applied, in the order of its place, whatever the schedule, even when events at one instant on different
 * cores message each other. With today's promises of a time alone the cores wait for each other for ever (what they
 * do apply is in the same order); releasing at t on promises through t - 1 finishes, but in an order that depends on
 * arrival.
 */
class LayeredReleaseProperties {

    @Property(tries = 400)
    void byPlaceEveryItemIsAppliedInTheOrderOfItsPlaceWhateverTheSchedule(@ForAll long scenarioSeed,
                                                                          @ForAll long firstSchedule,
                                                                          @ForAll long secondSchedule) {
        Scenario scenario = scenario(new Random(scenarioSeed));
        Outcome first = LayeredReleaseModel.run(scenario, Rule.BY_PLACE, firstSchedule);
        Outcome second = LayeredReleaseModel.run(scenario, Rule.BY_PLACE, secondSchedule);

        assertThat(first.finished()).as("nothing left waiting: %s", first.stuck()).isTrue();
        first.applied().values().forEach(LayeredReleaseProperties::assertInPlaceOrder);
        assertThat(second.applied()).isEqualTo(first.applied());
        long routed = scenario.events().stream().mapToLong(e -> e.cores().size()).sum();
        assertThat(count(first, R)).isEqualTo(routed);

        Statistics.label("same instant on two cores").collect(sameInstantOnTwoCores(scenario));
        Statistics.label("layer A messages").collect(count(first, A) == 0 ? "none" : "some");
        Statistics.label("a copy waits for an answer").collect(scenario.events().stream().anyMatch(Event::asks));
        Statistics.label("same instant on two cores").coverage(c -> c.check(true).percentage(p -> p >= 30));
        Statistics.label("layer A messages").coverage(c -> c.check("some").percentage(p -> p >= 50));
        Statistics.label("a copy waits for an answer").coverage(c -> c.check(true).percentage(p -> p >= 30));
    }

    /**
     * Today's rule in the layered design: a core holding an event at t promises t - 1 on its layer-A channel, so the
     * other cores' layer-B promises stop below t too, and the core waits for them. Nothing is applied out of order;
     * it only stops, with more than one core as soon as one holds an event.
     */
    @Property(tries = 300)
    void byTimeAppliesNothingInAnotherOrderItOnlyStops(@ForAll long scenarioSeed, @ForAll long schedule) {
        Scenario scenario = scenario(new Random(scenarioSeed));
        Outcome byPlace = LayeredReleaseModel.run(scenario, Rule.BY_PLACE, schedule);
        Outcome byTime = LayeredReleaseModel.run(scenario, Rule.BY_TIME, schedule);
        byTime.applied().forEach((core, applied) -> {
            List<Place> all = byPlace.applied().get(core);
            assertThat(applied.size()).isLessThanOrEqualTo(all.size());
            assertThat(applied).isEqualTo(all.subList(0, applied.size()));
        });
        assertThat(byTime.finished()).isFalse();
    }

    /**
     * Releasing at t once every channel is complete through t - 1 finishes and applies the same items, in time order,
     * but items of one instant go in the order they arrive: two schedules can differ, so a replay could differ from
     * the live run.
     */
    @Property(tries = 300)
    void byTimeBeforeFinishesButTheOrderAtOneInstantDependsOnArrival(@ForAll long scenarioSeed,
                                                                     @ForAll long firstSchedule,
                                                                     @ForAll long secondSchedule) {
        Scenario scenario = scenario(new Random(scenarioSeed));
        Outcome byPlace = LayeredReleaseModel.run(scenario, Rule.BY_PLACE, firstSchedule);
        Outcome first = LayeredReleaseModel.run(scenario, Rule.BY_TIME_BEFORE, firstSchedule);
        Outcome second = LayeredReleaseModel.run(scenario, Rule.BY_TIME_BEFORE, secondSchedule);

        assertThat(first.finished()).isTrue();
        first.applied().forEach((core, applied) -> {
            // the same items; a message's count at its sender may differ, as the sender's order does
            assertThat(withoutCounts(applied)).containsExactlyInAnyOrderElementsOf(
                    withoutCounts(byPlace.applied().get(core)));
            for (int i = 1; i < applied.size(); i++) {
                assertThat(applied.get(i).key().time()).isGreaterThanOrEqualTo(applied.get(i - 1).key().time());
            }
        });
        Statistics.label("two schedules").collect(first.applied().equals(second.applied()) ? "same order"
                : "another order");
        Statistics.label("two schedules").coverage(c -> c.check("another order").percentage(p -> p >= 5));
    }

    /**
     * Two cores, each holding an event at the same instant whose application messages the other: by time, each
     * promises only up to that instant and both wait; by place, the smaller key goes first and then the other.
     */
    @Example
    void twoCoresAtOneInstantThatMessageEachOther() {
        Key first = new Key(100, 1, "m1");
        Key second = new Key(100, 1, "m2");
        FanOut eachOther = (eventId, core, layer) -> layer == A ? List.of(1 - core) : List.of();
        Scenario scenario = new Scenario(2, 2, List.of(new Event(first, 0, List.of(0)),
                new Event(second, 1, List.of(1))), eachOther);

        Outcome byTime = LayeredReleaseModel.run(scenario, Rule.BY_TIME, 7);
        Outcome byPlace = LayeredReleaseModel.run(scenario, Rule.BY_PLACE, 7);

        assertThat(byTime.finished()).isFalse();
        assertThat(byTime.applied().values()).allMatch(List::isEmpty);
        assertThat(LayeredReleaseModel.run(scenario, Rule.BY_TIME_BEFORE, 7).finished()).isTrue();
        assertThat(byPlace.finished()).isTrue();
        assertThat(byPlace.applied().get(0)).extracting(p -> p.key().id() + "/" + p.layer())
                .containsExactly("m1/0", "m2/1");
        assertThat(byPlace.applied().get(1)).extracting(p -> p.key().id() + "/" + p.layer())
                .containsExactly("m1/1", "m2/0");
    }

    /**
     * An earmark whose fund's directory core is another core: the earmark's copy at the beneficiary's core waits in
     * its place for the directory's answer (the fund's state from before it); a movement of the fund a moment later
     * waits behind it, and the directory core's own next event is not held up.
     */
    @Example
    void anEarmarkWaitsInItsPlaceForItsFundsStateFromTheDirectoryCore() {
        Key earmark = new Key(100, 0, "f1");
        Key movement = new Key(101, 1, "m1");
        Key elsewhere = new Key(102, 1, "m2");
        FanOut none = (eventId, core, layer) -> List.of();
        Scenario scenario = new Scenario(2, 2, List.of(new Event(earmark, 0, List.of(0, 1), true),
                new Event(movement, 0, List.of(0)), new Event(elsewhere, 1, List.of(1))), none);

        for (long schedule = 0; schedule < 50; schedule++) {
            Outcome outcome = LayeredReleaseModel.run(scenario, Rule.BY_PLACE, schedule);
            assertThat(outcome.finished()).isTrue();
            assertThat(outcome.applied().get(0)).extracting(p -> p.key().id()).containsExactly("f1", "m1");
            assertThat(outcome.applied().get(1)).extracting(p -> p.key().id()).containsExactly("f1", "m2");
        }
    }

    private static void assertInPlaceOrder(List<Place> applied) {
        for (int i = 1; i < applied.size(); i++) {
            assertThat(applied.get(i)).as("applied after %s", applied.get(i - 1)).isGreaterThan(applied.get(i - 1));
        }
    }

    private static List<String> withoutCounts(List<Place> places) {
        return places.stream().map(p -> p.key() + "/" + p.layer() + "/" + p.sender()).toList();
    }

    private static long count(Outcome outcome, int layer) {
        return outcome.applied().values().stream().flatMap(List::stream).filter(p -> p.layer() == layer).count();
    }

    private static boolean sameInstantOnTwoCores(Scenario scenario) {
        for (Event e : scenario.events()) {
            for (Event f : scenario.events()) {
                if (e != f && e.key().time() == f.key().time() && !e.cores().equals(f.cores())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A few routes and cores, up to 24 events at a handful of instants (so that many share one), each routed to one
     * core or, one in four, to two (a payment's copy to its payee's core, or, half of those, an event whose first copy
     * waits for the second core's answer), and messages on layers A and B drawn per item.
     */
    private static Scenario scenario(Random random) {
        int routes = 1 + random.nextInt(3);
        int cores = 2 + random.nextInt(3);
        int events = 1 + random.nextInt(24);
        List<Event> list = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            Key key = new Key(random.nextInt(6), random.nextInt(3), "e" + i);
            int core = random.nextInt(cores);
            boolean two = random.nextInt(4) == 0;
            List<Integer> to = two ? List.of(core, (core + 1) % cores) : List.of(core);
            list.add(new Event(key, random.nextInt(routes), to, two && random.nextBoolean()));
        }
        return new Scenario(routes, cores, List.copyOf(list),
                FanOut.drawn(cores, random.nextLong(), random.nextInt(70)));
    }
}
