package io.earmark.reliability.poison;

import static io.earmark.streams.testing.Events.BANK;
import static io.earmark.streams.testing.Events.OPERATOR;
import static io.earmark.streams.testing.Events.minutes;
import static io.earmark.streams.testing.Events.move;

import io.earmark.streams.testing.Events;
import io.earmark.reliability.support.InputWriter;
import io.earmark.schema.FundMovement;
import io.earmark.schema.Heartbeat;
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import io.earmark.streams.topology.TopicNames;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The bad records the poison-pill test sends, each with the dead-letter reason it must get: random bytes,
 * unknown schema ids, truncated Avro bodies, blank required ids, negative amounts, a value over the pipeline's size
 * limit, an event on the wrong topic, an empty value, and well-formed events with a value past one of the bounds
 * (OUT_OF_RANGE). Random parts come from the seed.
 */
final class PoisonPills {

    /** One bad record: where it goes and the reason the pipeline must dead-letter it with. */
    record Pill(String name, String topic, byte[] key, byte[] value, String reason) {
    }

    private final TopicNames topics;
    private final InputWriter writer;
    private final Random random;
    private final List<Pill> pills = new ArrayList<>();

    private PoisonPills(TopicNames topics, InputWriter writer, long seed) {
        this.topics = topics;
        this.writer = writer;
        this.random = new Random(seed);
    }

    static List<Pill> all(TopicNames topics, InputWriter writer, long seed, int maxValueBytes) {
        PoisonPills p = new PoisonPills(topics, writer, seed);
        for (String topic : List.of(topics.funds(), topics.movements(), topics.assets())) {
            p.add("random bytes", topic, p.randomBytes(1 + p.random.nextInt(200)), "NOT_WIRE_FORMAT");
        }
        p.add("unknown schema id", topics.movements(), p.framed(2_000_000_000 + p.random.nextInt(1000)), "UNKNOWN_SCHEMA_ID");
        p.add("unknown schema id", topics.assets(), p.framed(1_500_000_000 + p.random.nextInt(1000)), "UNKNOWN_SCHEMA_ID");
        byte[] good = p.movementBytes(move("trunc", "F-TRUNC", OPERATOR, BANK, 100, minutes(30)));
        p.add("truncated Avro body", topics.movements(), Arrays.copyOf(good, good.length - 1), "UNDECODABLE");
        p.add("truncated Avro body", topics.movements(), Arrays.copyOf(good, good.length / 2 + 3), "UNDECODABLE");
        p.add("blank eventId", topics.movements(),
                p.movementBytes(move(" ", "F-BLANK", OPERATOR, BANK, 100, minutes(30))), "INVALID_FIELD");
        p.add("empty fundId", topics.funds(), writer.encode(topics.funds(),
                Events.fund("", minutes(30))), "INVALID_FIELD");
        p.add("negative amount", topics.movements(),
                p.movementBytes(move("neg-1", "F-NEG", OPERATOR, BANK, -1, minutes(30))), "INVALID_FIELD");
        p.add("negative amount", topics.movements(),
                p.movementBytes(move("neg-2", "F-NEG", OPERATOR, BANK, Long.MIN_VALUE, minutes(30))), "INVALID_FIELD");
        p.add("value over the size limit", topics.movements(), p.oversized(maxValueBytes), "TOO_LARGE");
        p.add("movement on the funds topic", topics.funds(),
                p.movementBytes(move("wrong-topic", "F-WRONG", OPERATOR, BANK, 100, minutes(30))), "WRONG_TYPE");
        p.add("empty value", topics.movements(), null, "EMPTY_VALUE");
        p.addOutOfRange(topics, writer);
        return List.copyOf(p.pills);
    }

    /** Only the well-formed events past a bound (reason OUT_OF_RANGE). */
    static List<Pill> outOfRange(TopicNames topics, InputWriter writer) {
        PoisonPills p = new PoisonPills(topics, writer, 0);
        p.addOutOfRange(topics, writer);
        return List.copyOf(p.pills);
    }

    /** Well-formed events with a value past one of DESIGN.md's bounds: each is OUT_OF_RANGE. */
    private void addOutOfRange(TopicNames topics, InputWriter writer) {
        String funds = topics.funds();
        long money = 100_000_000_000_000L;
        add("subsidy of 9 x 10^17 tiyn", funds, writer.encode(funds, Events.fund("F-HUGE", b -> b
                .setProgramme(Programme.INVESTMENT_SUBSIDY).setPurpose(Purpose.LEASED_EQUIPMENT)
                .setAmount(900_000_000_000_000_000L).setSubsidyRateBps(5_000).setExpectedAssetCount(1)
                .setEventTime(minutes(30)))), "OUT_OF_RANGE");
        add("declared value of Long.MAX", funds, writer.encode(funds, Events.fund("F-DECL", b -> b
                .setDeclaredAssetValue(Long.MAX_VALUE).setEventTime(minutes(30)))), "OUT_OF_RANGE");
        add("Integer.MAX expected assets", funds, writer.encode(funds, Events.fund("F-COUNT", b -> b
                .setExpectedAssetCount(Integer.MAX_VALUE).setEventTime(minutes(30)))), "OUT_OF_RANGE");
        add("idle for 87,601 hours", funds, writer.encode(funds, Events.fund("F-IDLE", b -> b
                .setMaxIdleHours(87_601).setEventTime(minutes(30)))), "OUT_OF_RANGE");
        add("3,651 days to register", funds, writer.encode(funds, Events.fund("F-DAYS", b -> b
                .setRegistrationDeadlineDays(3_651).setEventTime(minutes(30)))), "OUT_OF_RANGE");
        add("rate of 10,001 bps", funds, writer.encode(funds, Events.fund("F-RATE", b -> b
                .setSubsidyRateBps(10_001).setEventTime(minutes(30)))), "OUT_OF_RANGE");
        add("129-character fund id", funds, writer.encode(funds, Events.fund("F".repeat(129), b -> b
                .setEventId("E-LONG-ID").setEventTime(minutes(30)))), "OUT_OF_RANGE");
        List<String> sellers = new ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            sellers.add("S-" + i);
        }
        add("1,001 approved sellers", funds, writer.encode(funds, Events.fund("F-SELLERS", b -> b
                .setApprovedSellers(sellers).setEventTime(minutes(30)))), "OUT_OF_RANGE");
        add("earmark dated 1999", funds, writer.encode(funds, Events.fund("F-OLD", b -> b
                .setEventTime(java.time.Instant.parse("1999-12-31T23:59:59.999Z")))), "OUT_OF_RANGE");
        add("movement of 10^14 + 1", topics.movements(),
                movementBytes(move("huge-1", "F-1", BANK, Events.SELLER, money + 1, minutes(30))), "OUT_OF_RANGE");
        add("movement of Long.MAX", topics.movements(),
                movementBytes(move("huge-2", "F-2", BANK, Events.SELLER, Long.MAX_VALUE, minutes(30))), "OUT_OF_RANGE");
        add("asset worth Long.MAX", topics.assets(), writer.encode(topics.assets(),
                Events.asset("huge-a", "A-HUGE", "F-1", Long.MAX_VALUE, minutes(30))), "OUT_OF_RANGE");
        add("heartbeat in 2100", topics.movements(), writer.encode(topics.movements(),
                new Heartbeat("poison", 0, java.time.Instant.parse("2100-01-01T00:00:00Z"))), "OUT_OF_RANGE");
    }

    private void add(String name, String topic, byte[] value, String reason) {
        byte[] key = ("pill-" + pills.size()).getBytes(StandardCharsets.UTF_8);
        pills.add(new Pill(name, topic, key, value, reason));
    }

    /** Random bytes whose first byte is not the wire format's magic 0. */
    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        bytes[0] = (byte) (1 + random.nextInt(255));
        return bytes;
    }

    /** Magic byte, a schema id no registry has given out, and a random body. */
    private byte[] framed(int schemaId) {
        byte[] body = new byte[8 + random.nextInt(40)];
        random.nextBytes(body);
        return ByteBuffer.allocate(5 + body.length).put((byte) 0).putInt(schemaId).put(body).array();
    }

    private byte[] movementBytes(FundMovement movement) {
        return writer.encode(topics.movements(), movement);
    }

    /** A well-formed, valid movement whose purpose code makes the value one byte longer than the limit. */
    private byte[] oversized(int maxValueBytes) {
        FundMovement small = move("big", "F-BIG", OPERATOR, BANK, 100, minutes(30));
        int base = movementBytes(small).length;
        String padding = "9".repeat(maxValueBytes - base);
        byte[] value = movementBytes(FundMovement.newBuilder(small).setPurposeCode(padding).build());
        if (value.length <= maxValueBytes) {
            throw new IllegalStateException("oversized pill is only " + value.length + " bytes");
        }
        return value;
    }
}
