package io.earmark.streams.deadletter;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** A rejected input record on its way to the dead-letter topic: the original bytes, and why. */
public record DeadLetter(byte[] key, byte[] value, String reason, String detail) {

    /**
     * A source record that cannot be read, as the record a reading stage forwards: its bytes as they came, its
     * timestamp, and headers naming the reason and the topic, partition and offset it was read from.
     */
    public static Record<String, DeadLetter> unreadable(Record<byte[], byte[]> record, RecordMetadata source,
                                                        String reason, String detail) {
        Headers headers = LetterHeaders.of(reason, detail).source(source.topic(), source.partition(), source.offset())
                .build();
        return new Record<>(null, new DeadLetter(record.key(), record.value(), reason, detail), record.timestamp(),
                headers);
    }
}
