package io.earmark.streams.state;

import io.earmark.streams.model.AssetHandover;
import io.earmark.streams.model.AssetVerdict;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Earmark;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.model.EvidenceRef;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.HandoverAsked;
import io.earmark.streams.model.KickbackSignal;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Payload;
import io.earmark.streams.model.Promise;
import io.earmark.streams.model.Registration;
import io.earmark.streams.model.SellerPayment;
import io.earmark.streams.model.Sighting;
import io.earmark.streams.model.Watermark;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Writes an envelope in {@link EnvelopeSerde}'s binary format: fields in each record's declaration order, the records
 * a fund ledger stores too in {@link RecordCodec}'s form.
 */
final class EnvelopeWriter implements AutoCloseable {

    static final byte FUND = 1;
    static final byte MOVEMENT = 2;
    static final byte REGISTRATION = 3;
    static final byte SIGHTING = 4;
    static final byte ASSIGNMENT = 5;
    static final byte SELLER_PAYMENT = 6;
    static final byte KICKBACK = 7;
    static final byte WATERMARK = 8;
    static final byte HANDOVER_ASKED = 9;
    static final byte ASSET_HANDOVER = 10;
    static final byte ASSET_VERDICT = 11;
    static final byte PROMISE = 12;
    static final byte EARMARK = 13;
    /** A seller payment with its place in order apart from its receipt time (tag 6 had only the one time). */
    static final byte SELLER_PAYMENT_PLACED = 14;

    private final DataOutputStream out;
    private final RecordCodec.Writer records;

    EnvelopeWriter(DataOutputStream out) {
        this.out = out;
        this.records = RecordCodec.Writer.plain(out);
    }

    void envelope(byte version, Envelope envelope) throws IOException {
        out.writeByte(version);
        records.string(envelope.channel());
        Payload payload = envelope.payload();
        if (payload instanceof Fund f) {
            out.writeByte(FUND);
            records.fund(f);
        } else if (payload instanceof Movement m) {
            out.writeByte(MOVEMENT);
            records.movement(m);
        } else if (payload instanceof Registration r) {
            out.writeByte(REGISTRATION);
            records.registration(r);
        } else if (payload instanceof Sighting s) {
            out.writeByte(SIGHTING);
            records.registration(s.registration());
            out.writeBoolean(s.repeat());
            out.writeBoolean(s.contested());
        } else if (payload instanceof Assignment a) {
            out.writeByte(ASSIGNMENT);
            assignment(a);
        } else if (payload instanceof SellerPayment p) {
            out.writeByte(SELLER_PAYMENT_PLACED);
            records.strings(p.eventId(), p.fundId(), p.programme().name(), p.beneficiaryId(),
                    p.financialOrgId(), p.sellerId());
            out.writeLong(p.amount());
            out.writeLong(p.receivedAt());
            out.writeLong(p.eventTime());
        } else if (payload instanceof KickbackSignal k) {
            out.writeByte(KICKBACK);
            records.strings(k.fundId(), k.sellerId());
            out.writeLong(k.sentBack());
            out.writeLong(k.received());
            records.string(k.triggerEventId());
            out.writeLong(k.eventTime());
            evidence(k.evidence());
        } else if (payload instanceof HandoverAsked h) {
            out.writeByte(HANDOVER_ASKED);
            records.strings(h.assetId(), h.ownerId(), h.askedBy());
            out.writeLong(h.eventTime());
        } else if (payload instanceof AssetHandover h) {
            out.writeByte(ASSET_HANDOVER);
            records.strings(h.assetId(), h.fundId(), h.firstEventId());
            records.nullableLong(h.firstEventTime());
            out.writeInt(h.seenEventIds().size());
            for (String id : h.seenEventIds()) {
                records.string(id);
            }
            records.string(h.askedBy());
            out.writeLong(h.eventTime());
        } else if (payload instanceof AssetVerdict v) {
            out.writeByte(ASSET_VERDICT);
            assignment(v.assignment());
            out.writeBoolean(v.applies());
        } else if (payload instanceof Watermark w) {
            out.writeByte(WATERMARK);
            out.writeLong(w.eventTime());
        } else if (payload instanceof Promise p) {
            out.writeByte(PROMISE);
            out.writeLong(p.eventTime());
            records.string(p.event());
            out.writeByte(p.layer());
        } else if (payload instanceof Earmark e) {
            out.writeByte(EARMARK);
            records.fund(e.fund());
            out.writeInt(e.prior() == null ? -1 : e.prior().length);
            if (e.prior() != null) {
                out.write(e.prior());
            }
            out.writeBoolean(e.opensLedger());
        } else {
            throw new IllegalArgumentException("unknown payload " + payload.getClass());
        }
    }

    private void assignment(Assignment a) throws IOException {
        records.registration(a.registration());
        records.strings(a.fundId(), a.duplicateOf(), a.firstEventId());
        records.nullableLong(a.firstEventTime());
        out.writeBoolean(a.awaitsVerdict());
    }

    private void evidence(List<EvidenceRef> refs) throws IOException {
        out.writeInt(refs.size());
        for (EvidenceRef ref : refs) {
            records.strings(ref.eventId(), ref.topic());
            out.writeLong(ref.eventTime());
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
