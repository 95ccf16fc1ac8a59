package io.earmark.streams.state;

import io.earmark.schema.Channel;
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import io.earmark.schema.Registry;
import io.earmark.streams.model.AssetHandover;
import io.earmark.streams.model.AssetVerdict;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.EvidenceRef;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.HandoverAsked;
import io.earmark.streams.model.KickbackSignal;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Payload;
import io.earmark.streams.model.Registration;
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
            String channel = string(in);
            return new Envelope(channel, payload(in));
        } catch (IOException e) {
            throw new SerializationException("cannot read envelope", e);
        }
    }

    private static Payload payload(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case EnvelopeWriter.FUND -> new Fund(string(in), string(in), Programme.valueOf(string(in)), string(in),
                    string(in), string(in), in.readLong(), Purpose.valueOf(string(in)), strings(in), in.readInt(),
                    in.readLong(), in.readBoolean() ? in.readInt() : null, in.readInt(), in.readInt(), in.readLong());
            case EnvelopeWriter.MOVEMENT -> new Movement(string(in), string(in), string(in), string(in), string(in),
                    in.readLong(), Channel.valueOf(string(in)), string(in), in.readLong());
            case EnvelopeWriter.REGISTRATION -> registration(in);
            case EnvelopeWriter.SIGHTING -> new Sighting(registration(in), in.readBoolean(), in.readBoolean());
            case EnvelopeWriter.ASSIGNMENT -> assignment(in);
            case EnvelopeWriter.HANDOVER_ASKED -> new HandoverAsked(string(in), string(in), string(in), in.readLong());
            case EnvelopeWriter.ASSET_HANDOVER -> new AssetHandover(string(in), string(in), string(in),
                    in.readBoolean() ? in.readLong() : null, strings(in), string(in), in.readLong());
            case EnvelopeWriter.ASSET_VERDICT -> new AssetVerdict(assignment(in), in.readBoolean());
            case EnvelopeWriter.SELLER_PAYMENT -> new SellerPayment(string(in), string(in),
                    Programme.valueOf(string(in)), string(in), string(in), string(in), in.readLong(), in.readLong());
            case EnvelopeWriter.KICKBACK -> new KickbackSignal(string(in), string(in), in.readLong(), in.readLong(),
                    string(in), in.readLong(), evidence(in));
            case EnvelopeWriter.WATERMARK -> new Watermark(in.readLong());
            default -> throw new SerializationException("unknown payload tag " + tag);
        };
    }

    private static Assignment assignment(DataInputStream in) throws IOException {
        return new Assignment(registration(in), string(in), string(in), string(in),
                in.readBoolean() ? in.readLong() : null, in.readBoolean());
    }

    private static Registration registration(DataInputStream in) throws IOException {
        return new Registration(string(in), Registry.valueOf(string(in)), string(in), string(in), string(in),
                string(in), string(in), in.readLong(), in.readLong());
    }

    private static List<EvidenceRef> evidence(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<EvidenceRef> refs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            refs.add(new EvidenceRef(string(in), string(in), in.readLong()));
        }
        return List.copyOf(refs);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(string(in));
        }
        return List.copyOf(list);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] utf8 = new byte[length];
        in.readFully(utf8);
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }
}
