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
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Binary form of a {@link QueuePage}: a format version, a tag (0 entries, 1 floor), then for entries their count and
 * each key (UTF-8) with its value as the {@code values} serde writes it, length-prefixed; for a floor its key (or a
 * missing-key flag) and the keys held below it.
 */
public final class QueuePageSerde<V> implements Serde<QueuePage<V>> {

    private static final byte VERSION = 1;
    private static final byte ENTRIES = 0;
    private static final byte FLOOR = 1;

    private final Serde<V> values;

    public QueuePageSerde(Serde<V> values) {
        this.values = values;
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
            out.writeByte(VERSION);
            if (page instanceof QueuePage.Entries<V> entries) {
                    out.writeByte(ENTRIES);
                    out.writeInt(entries.entries().size());
                    for (Map.Entry<String, V> entry : entries.entries()) {
                        out.writeUTF(entry.getKey());
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
            if (version != VERSION) {
                throw new SerializationException("unknown queue page format version " + version);
            }
            byte tag = in.readByte();
            if (tag == ENTRIES) {
                int count = in.readInt();
                List<Map.Entry<String, V>> entries = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    String key = in.readUTF();
                    byte[] value = new byte[in.readInt()];
                    in.readFully(value);
                    entries.add(new AbstractMap.SimpleImmutableEntry<>(key,
                            values.deserializer().deserialize(topic, value)));
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
