package io.earmark.producers.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Decides which funds violate which rule: round(slots × fraudRate) funds chosen at random, the violation kinds
 * dealt in turn from a shuffled deck. DUPLICATE_ASSET violations go to the latest of the chosen funds, so that
 * earlier clean funds have registered animals they can duplicate.
 */
final class InjectionAssignment {
    private InjectionAssignment() {
    }

    static Injection[] assign(SplittableRandom r, int slots, double fraudRate) {
        Injection[] out = new Injection[Math.max(0, slots)];
        Arrays.fill(out, Injection.NONE);
        int count = (int) Math.round(out.length * fraudRate);
        if (count == 0) {
            return out;
        }
        List<Integer> indices = new ArrayList<>(IntStream.range(0, out.length).boxed().toList());
        shuffle(r, indices);
        List<Integer> chosen = new ArrayList<>(indices.subList(0, count));
        Collections.sort(chosen);
        List<Injection> deck = new ArrayList<>(Arrays.asList(Injection.values()));
        deck.remove(Injection.NONE);
        shuffle(r, deck);
        List<Injection> dealt = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dealt.add(deck.get(i % deck.size()));
        }
        dealt.sort((a, b) -> Boolean.compare(a == Injection.DUPLICATE, b == Injection.DUPLICATE));
        for (int i = 0; i < count; i++) {
            out[chosen.get(i)] = dealt.get(i);
        }
        return out;
    }

    private static <T> void shuffle(SplittableRandom r, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, r.nextInt(i + 1));
        }
    }
}
