package io.earmark.reliability.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.avro.specific.SpecificRecord;

/**
 * A reproducible fuzzed input for the end-to-end run: {@code count} lines from a seed, each made from a different good
 * event, about {@code goodShare} of them left good and the rest broken by a defect chosen uniformly.
 */
final class SeededInput {
    private SeededInput() {
    }

    static List<FuzzedLine> lines(long seed, int count, double goodShare) {
        if (count > GoodEvents.POOL.size()) {
            throw new IllegalArgumentException("only " + GoodEvents.POOL.size() + " distinct good events");
        }
        Random random = new Random(seed);
        Defect[] defects = Defect.values();
        List<FuzzedLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SpecificRecord good = GoodEvents.POOL.get(i);
            Defect defect = random.nextDouble() < goodShare ? Defect.NONE : defects[1 + random.nextInt(defects.length - 1)];
            lines.add(LineFuzzer.fuzz(GoodEvents.fileOf(good), good, defect, random.nextInt()));
        }
        return lines;
    }
}
