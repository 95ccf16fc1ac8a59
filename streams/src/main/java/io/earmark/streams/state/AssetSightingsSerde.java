package io.earmark.streams.state;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Binary serde for the {@code asset-sightings} store: a format version, the first registrant, whether the asset is
 * contested, then the registration event ids seen, first one first. One record is written for nearly every
 * registration (most assets are registered once), so it is the changelog's most frequent record. A value an earlier
 * release stored as JSON (it starts with <code>{</code>) is still read.
 */
public final class AssetSightingsSerde implements Serde<AssetSightings> {

    private static final byte VERSION = 1;
    private static final JsonSerde<AssetSightings> JSON = new JsonSerde<>(AssetSightings.class);

    @Override
    public Serializer<AssetSightings> serializer() {
        return (topic, seen) -> seen == null ? null : write(seen);
    }

    @Override
    public Deserializer<AssetSightings> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(topic, bytes);
    }

    static byte[] write(AssetSightings seen) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 + 24 * seen.eventIds.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            RecordCodec.Writer strings = RecordCodec.Writer.plain(out);
            strings.string(seen.firstOwnerId);
            out.writeBoolean(seen.contested);
            out.writeInt(seen.eventIds.size());
            for (String id : seen.eventIds) {
                strings.string(id);
            }
        } catch (IOException e) {
            throw new SerializationException("cannot write an asset's sightings", e);
        }
        return bytes.toByteArray();
    }

    static AssetSightings read(String topic, byte[] bytes) {
        if (bytes.length > 0 && bytes[0] == '{') {
            return JSON.deserializer().deserialize(topic, bytes);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new SerializationException("unknown asset sightings format version " + version + " (this build "
                        + "reads version " + VERSION + " and JSON)");
            }
            RecordCodec.Reader strings = RecordCodec.Reader.plain(in);
            AssetSightings seen = new AssetSightings();
            seen.firstOwnerId = strings.string();
            seen.contested = in.readBoolean();
            for (int i = 0, n = strings.count(); i < n; i++) {
                seen.eventIds.add(strings.string());
            }
            if (in.available() > 0) {
                throw new IOException(in.available() + " bytes after the asset's sightings");
            }
            return seen;
        } catch (IOException e) {
            throw new SerializationException("cannot read an asset's sightings", e);
        }
    }
}
