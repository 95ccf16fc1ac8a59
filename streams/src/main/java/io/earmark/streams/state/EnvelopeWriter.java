package io.earmark.streams.state;

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
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes an envelope in {@link EnvelopeSerde}'s binary format: fields in each record's declaration order. */
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

    private final DataOutputStream out;

    EnvelopeWriter(DataOutputStream out) {
        this.out = out;
    }

    void envelope(byte version, Envelope envelope) throws IOException {
        out.writeByte(version);
        string(envelope.channel());
        Payload payload = envelope.payload();
        if (payload instanceof Fund f) {
            out.writeByte(FUND);
            strings(f.eventId(), f.fundId(), f.programme().name(), f.operatorId(), f.beneficiaryId(),
                    f.financialOrgId());
            out.writeLong(f.amount());
            string(f.purpose().name());
            out.writeInt(f.approvedSellers().size());
            for (String seller : f.approvedSellers()) {
                string(seller);
            }
            out.writeInt(f.expectedAssetCount());
            out.writeLong(f.declaredAssetValue());
            out.writeBoolean(f.subsidyRateBps() != null);
            if (f.subsidyRateBps() != null) {
                out.writeInt(f.subsidyRateBps());
            }
            out.writeInt(f.maxIdleHours());
            out.writeInt(f.registrationDeadlineDays());
            out.writeLong(f.eventTime());
        } else if (payload instanceof Movement m) {
            out.writeByte(MOVEMENT);
            strings(m.eventId(), m.fundId(), m.bankId(), m.fromId(), m.toId());
            out.writeLong(m.amount());
            strings(m.channel().name(), m.purposeCode());
            out.writeLong(m.eventTime());
        } else if (payload instanceof Registration r) {
            out.writeByte(REGISTRATION);
            registration(r);
        } else if (payload instanceof Sighting s) {
            out.writeByte(SIGHTING);
            registration(s.registration());
            out.writeBoolean(s.repeat());
            out.writeBoolean(s.contested());
        } else if (payload instanceof Assignment a) {
            out.writeByte(ASSIGNMENT);
            assignment(a);
        } else if (payload instanceof SellerPayment p) {
            out.writeByte(SELLER_PAYMENT);
            strings(p.eventId(), p.fundId(), p.programme().name(), p.beneficiaryId(), p.financialOrgId(),
                    p.sellerId());
            out.writeLong(p.amount());
            out.writeLong(p.eventTime());
        } else if (payload instanceof KickbackSignal k) {
            out.writeByte(KICKBACK);
            strings(k.fundId(), k.sellerId());
            out.writeLong(k.sentBack());
            out.writeLong(k.received());
            string(k.triggerEventId());
            out.writeLong(k.eventTime());
            evidence(k.evidence());
        } else if (payload instanceof HandoverAsked h) {
            out.writeByte(HANDOVER_ASKED);
            strings(h.assetId(), h.ownerId(), h.askedBy());
            out.writeLong(h.eventTime());
        } else if (payload instanceof AssetHandover h) {
            out.writeByte(ASSET_HANDOVER);
            strings(h.assetId(), h.fundId(), h.firstEventId());
            nullableLong(h.firstEventTime());
            out.writeInt(h.seenEventIds().size());
            for (String id : h.seenEventIds()) {
                string(id);
            }
            string(h.askedBy());
            out.writeLong(h.eventTime());
        } else if (payload instanceof AssetVerdict v) {
            out.writeByte(ASSET_VERDICT);
            assignment(v.assignment());
            out.writeBoolean(v.applies());
        } else if (payload instanceof Watermark w) {
            out.writeByte(WATERMARK);
            out.writeLong(w.eventTime());
        } else {
            throw new IllegalArgumentException("unknown payload " + payload.getClass());
        }
    }

    private void assignment(Assignment a) throws IOException {
        registration(a.registration());
        strings(a.fundId(), a.duplicateOf(), a.firstEventId());
        nullableLong(a.firstEventTime());
        out.writeBoolean(a.awaitsVerdict());
    }

    private void nullableLong(Long value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeLong(value);
        }
    }

    private void registration(Registration r) throws IOException {
        strings(r.eventId(), r.registry().name(), r.assetId(), r.assetType(), r.ownerId(), r.sellerId(), r.fundId());
        out.writeLong(r.actualValue());
        out.writeLong(r.eventTime());
    }

    private void evidence(List<EvidenceRef> refs) throws IOException {
        out.writeInt(refs.size());
        for (EvidenceRef ref : refs) {
            strings(ref.eventId(), ref.topic());
            out.writeLong(ref.eventTime());
        }
    }

    private void strings(String... values) throws IOException {
        for (String value : values) {
            string(value);
        }
    }

    private void string(String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
