package io.earmark.streams.state;

import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Registration;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Binary serde for the {@code fund-ledgers} store: a format version, then every field of {@link FundLedger} in
 * declaration order; collections as a count and their elements in iteration order; the earmark, movements and
 * registrations in {@link RecordCodec}'s form. A string that occurs again in the same ledger (a party, the fund id,
 * an event id in the journey) is written once and then referred to. Ledgers are rewritten at every commit that
 * changes them, and as JSON their encoding was a large share of the core's time.
 * <p>
 * Version 2 dropped version 1's flag after the registered value (whether the oversubsidy check had run: the check
 * runs on the one registration that completes the expected count, so no flag is needed). Version 3 stores journey
 * steps as data (label, asset type and id, reference) instead of a sentence, which is made when the journey is shown;
 * the sentence an earlier version stored is read as the step's text. Versions 1 and 2 are still read.
 */
public final class FundLedgerSerde implements Serde<FundLedger> {

    private static final byte VERSION = 3;
    private static final byte VERSION_WITH_SUBSIDY_FLAG = 1;

    @Override
    public Serializer<FundLedger> serializer() {
        return (topic, ledger) -> ledger == null ? null : write(ledger);
    }

    @Override
    public Deserializer<FundLedger> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    static byte[] write(FundLedger ledger) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            write(ledger, out, RecordCodec.Writer.sharingStrings(out));
        } catch (IOException e) {
            throw new SerializationException("cannot write the ledger of fund " + ledger.fundId, e);
        }
        return bytes.toByteArray();
    }

    static FundLedger read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte version = in.readByte();
            if (version < VERSION_WITH_SUBSIDY_FLAG || version > VERSION) {
                throw new SerializationException("unknown fund ledger format version " + version + " (this build "
                        + "reads versions " + VERSION_WITH_SUBSIDY_FLAG + " to " + VERSION + ")");
            }
            return read(in, RecordCodec.Reader.sharingStrings(in), version);
        } catch (IOException e) {
            throw new SerializationException("cannot read a fund ledger", e);
        }
    }

    private static void write(FundLedger ledger, DataOutputStream out, RecordCodec.Writer records)
            throws IOException {
        records.string(ledger.fundId);
        out.writeBoolean(ledger.fund != null);
        if (ledger.fund != null) {
            records.fund(ledger.fund);
        }
        out.writeInt(ledger.held.size());
        for (Movement m : ledger.held) {
            records.movement(m);
        }
        out.writeInt(ledger.setAside.size());
        for (Movement m : ledger.setAside) {
            records.movement(m);
        }
        out.writeInt(ledger.balances.size());
        for (Map.Entry<String, Long> balance : ledger.balances.entrySet()) {
            records.string(balance.getKey());
            out.writeLong(balance.getValue());
        }
        out.writeLong(ledger.movedIn);
        out.writeLong(ledger.paidToSellers);
        out.writeLong(ledger.diverted);
        out.writeLong(ledger.returned);
        records.nullableLong(ledger.idleSince);
        records.string(ledger.idleStartEventId);
        records.nullableLong(ledger.firstSellerPaymentAt);
        records.string(ledger.firstSellerPaymentEventId);
        out.writeBoolean(ledger.assetDeadlinePassed);
        out.writeInt(ledger.assets.size());
        for (Registration r : ledger.assets) {
            records.registration(r);
        }
        out.writeLong(ledger.registeredValue);
        writeStrings(ledger.appliedEventIds, out, records);
        writeStrings(ledger.alertIds, out, records);
        writeStrings(ledger.announcedAlertIds, out, records);
        out.writeInt(ledger.journey.size());
        for (JourneyStep step : ledger.journey) {
            out.writeLong(step.eventTime());
            records.strings(step.kind(), step.eventId(), step.fromId(), step.toId());
            out.writeLong(step.amount());
            records.strings(step.label(), step.assetType(), step.assetId(), step.reference(), step.text());
        }
        out.writeLong(ledger.updatedAt);
    }

    private static void writeStrings(Collection<String> values, DataOutputStream out, RecordCodec.Writer records)
            throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            records.string(value);
        }
    }

    /** Reads the fields in {@link #write}'s order, into the mutable collection types the ledger starts with. */
    private static FundLedger read(DataInputStream in, RecordCodec.Reader records, byte version) throws IOException {
        FundLedger ledger = new FundLedger();
        ledger.fundId = records.string();
        ledger.fund = in.readBoolean() ? records.fund() : null;
        for (int i = records.count(); i > 0; i--) {
            ledger.held.add(records.movement());
        }
        for (int i = records.count(); i > 0; i--) {
            ledger.setAside.add(records.movement());
        }
        for (int i = records.count(); i > 0; i--) {
            ledger.balances.put(records.string(), in.readLong());
        }
        ledger.movedIn = in.readLong();
        ledger.paidToSellers = in.readLong();
        ledger.diverted = in.readLong();
        ledger.returned = in.readLong();
        ledger.idleSince = records.nullableLong();
        ledger.idleStartEventId = records.string();
        ledger.firstSellerPaymentAt = records.nullableLong();
        ledger.firstSellerPaymentEventId = records.string();
        ledger.assetDeadlinePassed = in.readBoolean();
        for (int i = records.count(); i > 0; i--) {
            ledger.assets.add(records.registration());
        }
        ledger.registeredValue = in.readLong();
        if (version == VERSION_WITH_SUBSIDY_FLAG) {
            in.readBoolean();
        }
        ledger.appliedEventIds = readStrings(records);
        ledger.alertIds = readStrings(records);
        ledger.announcedAlertIds = readStrings(records);
        for (int i = records.count(); i > 0; i--) {
            ledger.journey.add(step(in, records, version));
        }
        ledger.updatedAt = in.readLong();
        return ledger;
    }

    /** A journey step: before format 3, the sentence it was stored with is its text and it has no other data. */
    private static JourneyStep step(DataInputStream in, RecordCodec.Reader records, byte version) throws IOException {
        long eventTime = in.readLong();
        String kind = records.string();
        String eventId = records.string();
        String fromId = records.string();
        String toId = records.string();
        long amount = in.readLong();
        if (version < VERSION) {
            return new JourneyStep(eventTime, kind, eventId, fromId, toId, amount, records.string());
        }
        return new JourneyStep(eventTime, kind, eventId, fromId, toId, amount, records.string(), records.string(),
                records.string(), records.string(), records.string());
    }

    private static Set<String> readStrings(RecordCodec.Reader records) throws IOException {
        Set<String> values = new LinkedHashSet<>();
        for (int i = records.count(); i > 0; i--) {
            values.add(records.string());
        }
        return values;
    }
}
