package io.earmark.streams.replay;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;

/**
 * One input record of a topic slice: where it was (topic, partition, offset), its original bytes, timestamp and
 * headers (copied unchanged into the case's topics, so the registry's schema ids stay valid), and the event decoded
 * from it (for selecting and for the report).
 */
public record SliceRecord(String topic, int partition, long offset, byte[] key, byte[] value, long timestamp,
                          Headers headers, SpecificRecord event) {
}
