package io.earmark.streams.state;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * The partition Kafka's default partitioner picks for a string key (murmur2 of its UTF-8 bytes), so that a key lands
 * on the same partition number in every topic of the same partition count: the stages use it to tell whether two keys
 * meet in one task.
 */
public final class KeyPartition {

    private KeyPartition() {
    }

    public static int of(String key, int partitions) {
        if (key == null) {
            return 0;
        }
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
