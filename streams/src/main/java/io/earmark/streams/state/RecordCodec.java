package io.earmark.streams.state;

import io.earmark.schema.Channel;
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import io.earmark.schema.Registry;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Registration;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The binary form of the records that both {@link EnvelopeSerde} and {@link FundLedgerSerde} store: fields in each
 * record's declaration order, enums by name, a nullable number as a presence flag and the number. A string is its
 * UTF-8 length as an int and the bytes; -1 is null. When strings are shared (the ledger format), a string already
 * written in the same value is written again as {@code -2 - index}, its position among the strings written in full.
 */
final class RecordCodec {

    private RecordCodec() {
    }

    static final class Writer {
        private final DataOutputStream out;
        /** Strings written in full so far, with their index; null when strings are not shared. */
        private final Map<String, Integer> written;

        private Writer(DataOutputStream out, boolean shareStrings) {
            this.out = out;
            this.written = shareStrings ? new HashMap<>() : null;
        }

        /** Writes every string in full: the envelope format. */
        static Writer plain(DataOutputStream out) {
            return new Writer(out, false);
        }

        /** Writes a string seen before in this value as a reference to it: the ledger format. */
        static Writer sharingStrings(DataOutputStream out) {
            return new Writer(out, true);
        }

        void fund(Fund f) throws IOException {
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
        }

        void movement(Movement m) throws IOException {
            strings(m.eventId(), m.fundId(), m.bankId(), m.fromId(), m.toId());
            out.writeLong(m.amount());
            strings(m.channel().name(), m.purposeCode());
            out.writeLong(m.eventTime());
        }

        void registration(Registration r) throws IOException {
            strings(r.eventId(), r.registry().name(), r.assetId(), r.assetType(), r.ownerId(), r.sellerId(),
                    r.fundId());
            out.writeLong(r.actualValue());
            out.writeLong(r.eventTime());
        }

        void nullableLong(Long value) throws IOException {
            out.writeBoolean(value != null);
            if (value != null) {
                out.writeLong(value);
            }
        }

        void strings(String... values) throws IOException {
            for (String value : values) {
                string(value);
            }
        }

        void string(String value) throws IOException {
            if (value == null) {
                out.writeInt(-1);
                return;
            }
            // one lookup: a string not seen before gets the next index, and null says it was not seen
            Integer index = written == null ? null : written.putIfAbsent(value, written.size());
            if (index != null) {
                out.writeInt(-2 - index);
                return;
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    static final class Reader {
        private final DataInputStream in;
        /** Strings read in full so far, by index; null when strings are not shared. */
        private final List<String> read;

        private Reader(DataInputStream in, boolean shareStrings) {
            this.in = in;
            this.read = shareStrings ? new ArrayList<>() : null;
        }

        /** Reads strings written in full only: the envelope format. */
        static Reader plain(DataInputStream in) {
            return new Reader(in, false);
        }

        /** Reads references to strings read before in this value too: the ledger format. */
        static Reader sharingStrings(DataInputStream in) {
            return new Reader(in, true);
        }

        Fund fund() throws IOException {
            return new Fund(string(), string(), Programme.valueOf(string()), string(), string(), string(),
                    in.readLong(), Purpose.valueOf(string()), stringList(), in.readInt(), in.readLong(),
                    in.readBoolean() ? in.readInt() : null, in.readInt(), in.readInt(), in.readLong());
        }

        Movement movement() throws IOException {
            return new Movement(string(), string(), string(), string(), string(), in.readLong(),
                    Channel.valueOf(string()), string(), in.readLong());
        }

        Registration registration() throws IOException {
            return new Registration(string(), Registry.valueOf(string()), string(), string(), string(), string(),
                    string(), in.readLong(), in.readLong());
        }

        Long nullableLong() throws IOException {
            return in.readBoolean() ? in.readLong() : null;
        }

        /** A count of elements that follow; never negative. */
        int count() throws IOException {
            int n = in.readInt();
            if (n < 0) {
                throw new IOException("negative element count " + n);
            }
            return n;
        }

        /** An immutable list of strings, as in a {@link Fund}. */
        List<String> stringList() throws IOException {
            int n = count();
            List<String> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(string());
            }
            return List.copyOf(list);
        }

        String string() throws IOException {
            int length = in.readInt();
            if (length == -1) {
                return null;
            }
            if (length < -1) {
                return earlier(-2 - length);
            }
            byte[] utf8 = new byte[length];
            in.readFully(utf8);
            String value = new String(utf8, StandardCharsets.UTF_8);
            if (read != null) {
                read.add(value);
            }
            return value;
        }

        private String earlier(int index) throws IOException {
            if (read == null || index >= read.size()) {
                throw new IOException("reference to string " + index + ", which was not written before");
            }
            return read.get(index);
        }
    }
}
