package io.earmark.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * Kafka Streams settings to try on the benchmark's pipelines without a rebuild: every system property
 * {@code earmark.bench.streams.<key>=<value>} becomes {@code <key>=<value>} of the S and latency pipelines (e.g.
 * {@code -Dearmark.bench.streams.num.stream.threads=2}), after the bench's own settings, so it overrides them.
 */
public final class ExtraSettings {

    static final String PREFIX = "earmark.bench.streams.";

    private ExtraSettings() {
    }

    public static Map<String, String> fromSystemProperties() {
        Map<String, String> extra = new TreeMap<>();
        System.getProperties().forEach((k, v) -> {
            String key = k.toString();
            if (key.startsWith(PREFIX) && key.length() > PREFIX.length()) {
                extra.put(key.substring(PREFIX.length()), v.toString());
            }
        });
        return extra;
    }

    /** {@code base} with the extra settings laid over it. */
    public static Map<String, String> over(Map<String, String> base) {
        Map<String, String> all = new TreeMap<>(base);
        all.putAll(fromSystemProperties());
        return all;
    }
}
