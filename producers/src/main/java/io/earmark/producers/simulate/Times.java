package io.earmark.producers.simulate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Random instants for a scenario, at whole seconds: within a window, or several spread with a minimum gap. */
final class Times {
    static final Duration HOUR = Duration.ofHours(1);
    /** Distance every fund keeps between its causally ordered events and from its deadlines: larger than any noise. */
    static final Duration MARGIN = Duration.ofHours(3);

    private Times() {
    }

    static Instant between(SplittableRandom r, Instant from, Instant to) {
        long span = to.getEpochSecond() - from.getEpochSecond();
        if (span < 0) {
            throw new IllegalStateException("empty window " + from + " .. " + to);
        }
        return Instant.ofEpochSecond(from.getEpochSecond() + r.nextLong(span + 1));
    }

    static Instant plusBetween(SplittableRandom r, Instant from, Duration min, Duration max) {
        return between(r, from.plus(min), from.plus(max));
    }

    /** {@code count} increasing instants within [from, to], consecutive ones at least {@code gap} apart. */
    static List<Instant> spread(SplittableRandom r, Instant from, Instant to, int count, Duration gap) {
        List<Instant> out = new ArrayList<>(count);
        if (count == 0) {
            return out;
        }
        long free = to.getEpochSecond() - from.getEpochSecond() - (count - 1) * gap.toSeconds();
        if (free < 0) {
            throw new IllegalStateException("cannot fit " + count + " events " + gap + " apart in " + from + " .. " + to);
        }
        long[] offsets = new long[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = r.nextLong(free + 1);
        }
        Arrays.sort(offsets);
        for (int i = 0; i < count; i++) {
            out.add(Instant.ofEpochSecond(from.getEpochSecond() + offsets[i] + i * gap.toSeconds()));
        }
        return out;
    }
}
