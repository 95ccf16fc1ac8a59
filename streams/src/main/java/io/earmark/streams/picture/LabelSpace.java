package io.earmark.streams.picture;

import java.util.ArrayList;
import java.util.List;

/** Where edge labels go without covering one another: each new label moves down until it overlaps none placed. */
final class LabelSpace {

    private static final double LINE = 16;

    private final List<double[]> placed = new ArrayList<>();

    /** The baseline for a label of width {@code w} starting at {@code x}, wanted at baseline {@code y}. */
    double place(double x, double y, double w) {
        double baseline = y;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (double[] other : placed) {
                if (x < other[0] + other[2] && other[0] < x + w && Math.abs(baseline - other[1]) < LINE) {
                    baseline = other[1] + LINE;
                    moved = true;
                }
            }
        }
        placed.add(new double[] {x, baseline, w});
        return baseline;
    }
}
