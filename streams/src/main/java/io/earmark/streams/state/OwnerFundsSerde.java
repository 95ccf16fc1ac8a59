package io.earmark.streams.state;

import io.earmark.schema.Purpose;
import io.earmark.streams.state.OwnerFunds.OwnedFund;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Binary serde for the {@code owner-funds} store: a format version, the owner's funds (id, purpose by name, expected
 * asset count, earmark time, assets assigned), then the records of the assets the owner registered first, in
 * insertion order (asset id, first fund, first registration and its time, the registrations seen, whether handed
 * over). A string that recurs in the record (a fund id, in every asset record that counts for it) is written once
 * and then referred to. The record holds every asset of its owner and is rewritten at every commit the owner
 * registers in; as JSON it was the second largest record the changelogs took per event.
 */
public final class OwnerFundsSerde implements Serde<OwnerFunds> {

    private static final byte VERSION = 1;

    @Override
    public Serializer<OwnerFunds> serializer() {
        return (topic, owner) -> owner == null ? null : write(owner);
    }

    @Override
    public Deserializer<OwnerFunds> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    static byte[] write(OwnerFunds owner) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + 64 * owner.assets.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            RecordCodec.Writer strings = RecordCodec.Writer.sharingStrings(out);
            out.writeInt(owner.funds.size());
            for (OwnedFund fund : owner.funds) {
                strings.string(fund.fundId);
                strings.string(fund.purpose == null ? null : fund.purpose.name());
                out.writeInt(fund.expectedAssetCount);
                out.writeLong(fund.earmarkedAt);
                out.writeInt(fund.assigned);
            }
            out.writeInt(owner.assets.size());
            for (Map.Entry<String, AssetRecord> asset : owner.assets.entrySet()) {
                strings.string(asset.getKey());
                write(asset.getValue(), out, strings);
            }
        } catch (IOException e) {
            throw new SerializationException("cannot write an owner's record", e);
        }
        return bytes.toByteArray();
    }

    private static void write(AssetRecord record, DataOutputStream out, RecordCodec.Writer strings)
            throws IOException {
        strings.string(record.fundId);
        strings.string(record.firstEventId);
        out.writeLong(record.firstEventTime);
        out.writeInt(record.seenEventIds.size());
        for (String id : record.seenEventIds) {
            strings.string(id);
        }
        out.writeBoolean(record.handedOver);
    }

    static OwnerFunds read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new SerializationException("unknown owner record format version " + version + " (this build "
                        + "reads version " + VERSION + ")");
            }
            RecordCodec.Reader strings = RecordCodec.Reader.sharingStrings(in);
            OwnerFunds owner = new OwnerFunds();
            for (int i = 0, n = strings.count(); i < n; i++) {
                OwnedFund fund = new OwnedFund();
                fund.fundId = strings.string();
                fund.purpose = purpose(strings.string());
                fund.expectedAssetCount = in.readInt();
                fund.earmarkedAt = in.readLong();
                fund.assigned = in.readInt();
                owner.funds.add(fund);
            }
            for (int i = 0, n = strings.count(); i < n; i++) {
                String assetId = strings.string();
                owner.assets.put(assetId, readAsset(in, strings));
            }
            if (in.available() > 0) {
                throw new IOException(in.available() + " bytes after the owner's record");
            }
            return owner;
        } catch (IOException e) {
            throw new SerializationException("cannot read an owner's record", e);
        }
    }

    private static AssetRecord readAsset(DataInputStream in, RecordCodec.Reader strings) throws IOException {
        AssetRecord record = new AssetRecord();
        record.fundId = strings.string();
        record.firstEventId = strings.string();
        record.firstEventTime = in.readLong();
        for (int i = 0, n = strings.count(); i < n; i++) {
            record.seenEventIds.add(strings.string());
        }
        record.handedOver = in.readBoolean();
        return record;
    }

    /** By name, not by position: a symbol added to the Avro enum must not change what a stored record says. */
    private static Purpose purpose(String name) throws IOException {
        if (name == null) {
            return null;
        }
        try {
            return Purpose.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IOException("unknown purpose " + name, e);
        }
    }
}
