package io.earmark.streams.state;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Binary form of a {@link QueuePage}: a format version, a tag (0 entries, 1 floor), then for entries their count and
 * each key (UTF-8) with its value as the {@code values} serde writes it, length-prefixed; for a floor its key (or a
 * missing-key flag) and the keys held below it. When each entry's key follows from its value ({@code keyOf}, as an
 * event buffer's does: time, type and id), entries are written without their keys (format version 2) and the keys
 * are made again when read; version 1 pages, keys included, are still read.
 */
public final class QueuePageSerde<V> implements Serde<QueuePage<V>> {

    private static final byte VERSION = 1;
    private static final byte VERSION_KEYS_FROM_VALUES = 2;
    private static final byte ENTRIES = 0;
    private static final byte FLOOR = 1;

    private final Serde<V> values;
    private final Function<V, String> keyOf;

    public QueuePageSerde(Serde<V> values) {
        this(values, null);
    }

    /** Pages whose every entry is keyed {@code keyOf(value)}: the keys are not written. */
    public QueuePageSerde(Serde<V> values, Function<V, String> keyOf) {
        this.values = values;
        this.keyOf = keyOf;
    }

    @Override
    public Serializer<QueuePage<V>> serializer() {
        return (topic, page) -> page == null ? null : write(topic, page);
    }

    @Override
    public Deserializer<QueuePage<V>> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(topic, bytes);
    }

    private byte[] write(String topic, QueuePage<V> page) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            boolean keysFromValues = keyOf != null && page instanceof QueuePage.Entries<V> all
                    && all.entries().stream().allMatch(e -> e.getKey().equals(keyOf.apply(e.getValue())));
            out.writeByte(keysFromValues ? VERSION_KEYS_FROM_VALUES : VERSION);
            if (page instanceof QueuePage.Entries<V> entries) {
                    out.writeByte(ENTRIES);
                    out.writeInt(entries.entries().size());
                    for (Map.Entry<String, V> entry : entries.entries()) {
                        if (!keysFromValues) {
                            out.writeUTF(entry.getKey());
                        }
                        byte[] value = values.serializer().serialize(topic, entry.getValue());
                        out.writeInt(value.length);
                        out.write(value);
                    }
            } else if (page instanceof QueuePage.Floor<V> floor) {
                    out.writeByte(FLOOR);
                    out.writeBoolean(floor.through() != null);
                    if (floor.through() != null) {
                        out.writeUTF(floor.through());
                    }
                    out.writeInt(floor.heldBelow().size());
                    for (String key : floor.heldBelow()) {
                        out.writeUTF(key);
                    }
            }
        } catch (IOException e) {
            throw new SerializationException("cannot write a queue page", e);
        }
        return bytes.toByteArray();
    }

    private QueuePage<V> read(String topic, byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte version = in.readByte();
            if (version != VERSION && (version != VERSION_KEYS_FROM_VALUES || keyOf == null)) {
                throw new SerializationException("unknown queue page format version " + version);
            }
            byte tag = in.readByte();
            if (tag == ENTRIES) {
                int count = in.readInt();
                List<Map.Entry<String, V>> entries = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    String key = version == VERSION ? in.readUTF() : null;
                    byte[] encoded = new byte[in.readInt()];
                    in.readFully(encoded);
                    V value = values.deserializer().deserialize(topic, encoded);
                    entries.add(new AbstractMap.SimpleImmutableEntry<>(key != null ? key : keyOf.apply(value),
                            value));
                }
                return new QueuePage.Entries<>(entries);
            }
            if (tag == FLOOR) {
                String through = in.readBoolean() ? in.readUTF() : null;
                int count = in.readInt();
                List<String> held = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    held.add(in.readUTF());
                }
                return new QueuePage.Floor<>(through, held);
            }
            throw new SerializationException("unknown queue page tag " + tag);
        } catch (IOException e) {
            throw new SerializationException("cannot read a queue page", e);
        }
    }
}
