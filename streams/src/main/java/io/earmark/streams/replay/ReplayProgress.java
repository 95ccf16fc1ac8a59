package io.earmark.streams.replay;

import java.io.PrintStream;

/** What a replay tells the person waiting for it: phases as they start, and how many records are left to process. */
public interface ReplayProgress {

    /** A phase starts, e.g. "publishing 10000 events". */
    void step(String message);

    /** Records written to the pipeline's source topics and not yet processed (called after each look). */
    void lag(long records);

    static ReplayProgress silent() {
        return new ReplayProgress() {
            @Override
            public void step(String message) {
            }

            @Override
            public void lag(long records) {
            }
        };
    }

    /** Lines on {@code out}, each with the seconds since the replay started; the lag at most once a second. */
    static ReplayProgress lines(PrintStream out) {
        return new ProgressLines(out, System::nanoTime);
    }
}
