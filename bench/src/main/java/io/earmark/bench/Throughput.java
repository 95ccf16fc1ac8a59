package io.earmark.bench;

/** Records moved in a measured interval. */
public record Throughput(long records, long nanos) {

    public double perSecond() {
        return nanos == 0 ? 0 : records * 1e9 / nanos;
    }

    public double seconds() {
        return nanos / 1e9;
    }
}
