package io.earmark.streams.state;

import io.earmark.schema.Programme;
import io.earmark.streams.model.AssetHandover;
import io.earmark.streams.model.AssetVerdict;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Earmark;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.EvidenceRef;
import io.earmark.streams.model.HandoverAsked;
import io.earmark.streams.model.KickbackSignal;
import io.earmark.streams.model.Payload;
import io.earmark.streams.model.Promise;
import io.earmark.streams.model.SellerPayment;
import io.earmark.streams.model.Sighting;
import io.earmark.streams.model.Watermark;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Binary serde for the envelopes between stages (repartition topics, the kickback topic, the event buffers): a
 * format version, the channel, a payload tag, then the payload's fields in declaration order; strings as
 * length-prefixed UTF-8 with -1 for null, enums by name. Envelopes are the pipeline's most frequent records, and
 * JSON with type information cost a large share of each stage's time. Internal only: contract topics are Avro.
 */
public final class EnvelopeSerde implements Serde<Envelope> {

    /** 2: sightings say whether the asset is contested, assignments whether they await a verdict; three payloads more. */
    private static final byte VERSION = 2;

    @Override
    public Serializer<Envelope> serializer() {
        return (topic, envelope) -> envelope == null ? null : write(envelope);
    }

    @Override
    public Deserializer<Envelope> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    static byte[] write(Envelope envelope) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (EnvelopeWriter out = new EnvelopeWriter(new DataOutputStream(bytes))) {
            out.envelope(VERSION, envelope);
        } catch (IOException e) {
            throw new SerializationException("cannot write envelope", e);
        }
        return bytes.toByteArray();
    }

    static Envelope read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new SerializationException("unknown envelope format version " + version);
            }
            RecordCodec.Reader records = RecordCodec.Reader.plain(in);
            String channel = records.string();
            return new Envelope(channel, payload(in, records));
        } catch (IOException e) {
            throw new SerializationException("cannot read envelope", e);
        }
    }

    private static Payload payload(DataInputStream in, RecordCodec.Reader records) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case EnvelopeWriter.FUND -> records.fund();
            case EnvelopeWriter.MOVEMENT -> records.movement();
            case EnvelopeWriter.REGISTRATION -> records.registration();
            case EnvelopeWriter.SIGHTING -> new Sighting(records.registration(), in.readBoolean(), in.readBoolean());
            case EnvelopeWriter.ASSIGNMENT -> assignment(in, records);
            case EnvelopeWriter.HANDOVER_ASKED -> new HandoverAsked(records.string(), records.string(),
                    records.string(), in.readLong());
            case EnvelopeWriter.ASSET_HANDOVER -> new AssetHandover(records.string(), records.string(),
                    records.string(), records.nullableLong(), records.stringList(), records.string(), in.readLong());
            case EnvelopeWriter.ASSET_VERDICT -> new AssetVerdict(assignment(in, records), in.readBoolean());
            case EnvelopeWriter.SELLER_PAYMENT, EnvelopeWriter.SELLER_PAYMENT_PLACED -> sellerPayment(tag, in, records);
            case EnvelopeWriter.KICKBACK -> new KickbackSignal(records.string(), records.string(), in.readLong(),
                    in.readLong(), records.string(), in.readLong(), evidence(in, records));
            case EnvelopeWriter.WATERMARK -> new Watermark(in.readLong());
            case EnvelopeWriter.PROMISE -> new Promise(in.readLong(), records.string(), in.readByte());
            case EnvelopeWriter.EARMARK -> new Earmark(records.fund(), bytes(in), in.readBoolean());
            default -> throw new SerializationException("unknown payload tag " + tag);
        };
    }

    /** Tag 6, written before payments had a place of their own, stands in order at its receipt. */
    private static SellerPayment sellerPayment(byte tag, DataInputStream in, RecordCodec.Reader records)
            throws IOException {
        String eventId = records.string();
        String fundId = records.string();
        Programme programme = Programme.valueOf(records.string());
        String beneficiaryId = records.string();
        String financialOrgId = records.string();
        String sellerId = records.string();
        long amount = in.readLong();
        long receivedAt = in.readLong();
        long eventTime = tag == EnvelopeWriter.SELLER_PAYMENT ? receivedAt : in.readLong();
        return new SellerPayment(eventId, fundId, programme, beneficiaryId, financialOrgId, sellerId, amount,
                receivedAt, eventTime);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return bytes;
    }

    private static Assignment assignment(DataInputStream in, RecordCodec.Reader records) throws IOException {
        return new Assignment(records.registration(), records.string(), records.string(), records.string(),
                records.nullableLong(), in.readBoolean());
    }

    private static List<EvidenceRef> evidence(DataInputStream in, RecordCodec.Reader records) throws IOException {
        int n = records.count();
        List<EvidenceRef> refs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            refs.add(new EvidenceRef(records.string(), records.string(), in.readLong()));
        }
        return List.copyOf(refs);
    }
}
