package io.earmark.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.FundAlert;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.Heartbeat;
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import io.earmark.schema.Registry;
import io.earmark.schemas.DeadLetterHeaders;
import io.earmark.schemas.serde.AvroSerializer;
import io.earmark.streams.testing.Events;
import io.earmark.streams.testing.PipelineDriver;
import io.earmark.streams.testing.Scenario;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.test.TestRecord;

/**
 * No single record can stop detection (DESIGN.md): random hostile records, at and beyond every bound, among the
 * ordinary events of the every-rule scenario. The topology never stops (the test driver would throw), every
 * out-of-range record is dead-lettered as OUT_OF_RANGE naming its field, nothing fails in processing, and the
 * ordinary funds' alerts are exactly those of a run without the hostile records. Records within the bounds go to
 * funds and parties of their own, late (at the first instant of the range), so that by the contract they cannot
 * change an ordinary fund.
 */
class HostileInputProperties {

    private static final Scenario SCENARIO = Scenario.load("scenarios/every-rule");
    private static final List<FundAlert> ORDINARY = run(List.of()).alerts;
    private static final long MONEY = 100_000_000_000_000L;
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final List<String> ORDINARY_FUNDS = SCENARIO.events().stream()
            .filter(e -> e instanceof FundEarmarked).map(e -> ((FundEarmarked) e).getFundId()).toList();

    /** A hostile record: the event, the field it must be dead-lettered for (null: within the bounds). */
    record Hostile(String kind, SpecificRecord event, String field) {
        @Override
        public String toString() {
            return kind;
        }
    }

    /** One kind of hostile record, made from a sequence number (for unique ids). */
    record Kind(String name, String field, BiFunction<Integer, String, SpecificRecord> make) {
        Hostile at(int n) {
            return new Hostile(name, make.apply(n, ORDINARY_FUNDS.get(n % ORDINARY_FUNDS.size())), field);
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("earmark of Long.MAX", "amount", (n, f) -> fund(n, b -> b.setAmount(Long.MAX_VALUE))),
            new Kind("earmark of 10^14 + 1", "amount", (n, f) -> fund(n, b -> b.setAmount(MONEY + 1))),
            new Kind("subsidy of 9 x 10^17", "amount", (n, f) -> fund(n, b -> b.setAmount(900_000_000_000_000_000L)
                    .setProgramme(Programme.INVESTMENT_SUBSIDY).setPurpose(Purpose.LEASED_EQUIPMENT)
                    .setSubsidyRateBps(5_000).setExpectedAssetCount(1))),
            new Kind("declared value past 10^14", "declaredAssetValue",
                    (n, f) -> fund(n, b -> b.setDeclaredAssetValue(Long.MAX_VALUE))),
            new Kind("Integer.MAX assets", "expectedAssetCount",
                    (n, f) -> fund(n, b -> b.setExpectedAssetCount(Integer.MAX_VALUE))),
            new Kind("100,001 assets", "expectedAssetCount", (n, f) -> fund(n, b -> b.setExpectedAssetCount(100_001))),
            new Kind("idle for Integer.MAX hours", "maxIdleHours",
                    (n, f) -> fund(n, b -> b.setMaxIdleHours(Integer.MAX_VALUE))),
            new Kind("3,651 days to register", "registrationDeadlineDays",
                    (n, f) -> fund(n, b -> b.setRegistrationDeadlineDays(3_651))),
            new Kind("rate of 10,001 bps", "subsidyRateBps", (n, f) -> fund(n, b -> b.setSubsidyRateBps(10_001))),
            new Kind("129-character fund id", "fundId", (n, f) -> fund(n, b -> b.setFundId(id("H-" + n, 129)))),
            new Kind("1,001 approved sellers", "approvedSellers",
                    (n, f) -> fund(n, b -> b.setApprovedSellers(sellers(n, 1_001)))),
            new Kind("earmark a millisecond before 2000", "eventTime",
                    (n, f) -> fund(n, b -> b.setEventTime(EARLIEST.minusMillis(1)))),
            new Kind("earmark in 2100", "eventTime",
                    (n, f) -> fund(n, b -> b.setEventTime(Instant.parse("2100-01-01T00:00:00Z")))),
            new Kind("movement of Long.MAX on an ordinary fund", "amount",
                    (n, f) -> Events.move("H-m-" + n, f, Events.BANK, Events.SELLER, Long.MAX_VALUE, EARLIEST)),
            new Kind("movement of 10^14 + 1 on an ordinary fund", "amount",
                    (n, f) -> Events.move("H-m-" + n, f, Events.BANK, Events.SELLER, MONEY + 1, EARLIEST)),
            new Kind("movement to a 129-character party", "toId",
                    (n, f) -> Events.move("H-m-" + n, f, Events.BANK, id("P", 129), 100, EARLIEST)),
            new Kind("movement at the end of time", "eventTime",
                    (n, f) -> Events.move("H-m-" + n, f, Events.BANK, Events.SELLER, 100,
                            Instant.ofEpochMilli(Long.MAX_VALUE))),
            new Kind("asset worth Long.MAX for an ordinary fund", "actualValue",
                    (n, f) -> Events.asset("H-a-" + n, "H-asset-" + n, Events.BENEFICIARY, f, Long.MAX_VALUE,
                            EARLIEST, Registry.LEASE_REGISTRY)),
            new Kind("asset of a 129-character owner", "ownerId",
                    (n, f) -> Events.asset("H-a-" + n, "H-asset-" + n, id("O", 129), null, 100, EARLIEST,
                            Registry.LIVESTOCK_IDENTIFICATION)),
            new Kind("heartbeat in 2100", "time",
                    (n, f) -> new Heartbeat("hostile", 0, Instant.parse("2100-01-01T00:00:00Z"))),
            new Kind("heartbeat at the end of time", "time",
                    (n, f) -> new Heartbeat("hostile", 0, Instant.ofEpochMilli(Long.MAX_VALUE))),
            // Within the bounds: at every bound at once, for funds and parties of their own, late
            new Kind("earmark at every bound", null, (n, f) -> fund(n, b -> b.setFundId(id("H-" + n + "-", 128))
                    .setAmount(MONEY).setDeclaredAssetValue(MONEY).setExpectedAssetCount(100_000)
                    .setMaxIdleHours(87_600).setRegistrationDeadlineDays(3_650).setSubsidyRateBps(10_000)
                    .setProgramme(Programme.INVESTMENT_SUBSIDY).setPurpose(Purpose.LEASED_EQUIPMENT)
                    .setApprovedSellers(sellers(n, 1_000)).setEventTime(EARLIEST))),
            new Kind("subsidy at the bound with its lease", null, (n, f) -> fund(n, b -> b.setAmount(MONEY)
                    .setProgramme(Programme.INVESTMENT_SUBSIDY).setPurpose(Purpose.LEASED_EQUIPMENT)
                    .setSubsidyRateBps(1).setExpectedAssetCount(1).setEventTime(EARLIEST))),
            new Kind("lease registered at the bound", null, (n, f) -> Events.asset("H-a-" + n, "H-asset-" + n,
                    "H-ben-" + n, "H-" + n, MONEY, EARLIEST, Registry.LEASE_REGISTRY)),
            new Kind("release of 10^14 to the bank", null, (n, f) -> Events.move("H-m-" + n, "H-" + n,
                    Events.OPERATOR, "H-bank-" + n, MONEY, EARLIEST)),
            new Kind("payment of 10^14 to a seller", null, (n, f) -> Events.move("H-p-" + n, "H-" + n,
                    "H-bank-" + n, "H-seller-" + n, MONEY, EARLIEST.plusMillis(1))),
            new Kind("10^14 sent back uncoloured", null, (n, f) -> Events.move("H-k-" + n, null,
                    "H-seller-" + n, "H-ben-" + n, MONEY, EARLIEST.plusMillis(2))));

    @Property(tries = 40)
    void shouldKeepDetectingWhateverHostileRecordsArriveAmongOrdinaryOnes(
            @ForAll("hostileRecords") List<Hostile> hostile, @ForAll("positions") List<Integer> positions) {
        Run run = run(interleave(hostile, positions));

        List<FundAlert> ordinary = run.alerts.stream().filter(a -> !a.getFundId().startsWith("H-")).toList();
        assertThat(ordinary).as("the ordinary funds' alerts").containsExactlyElementsOf(ORDINARY);
        List<Hostile> outOfRange = hostile.stream().filter(h -> h.field() != null).toList();
        assertThat(run.letters).as("dead letters").hasSize(outOfRange.size());
        assertThat(run.letters).extracting(l -> header(l, DeadLetterHeaders.REASON))
                .allSatisfy(reason -> assertThat(reason).isEqualTo("OUT_OF_RANGE"));
        assertThat(run.letters).extracting(l -> fieldOf(header(l, DeadLetterHeaders.DETAIL)))
                .containsExactlyInAnyOrderElementsOf(outOfRange.stream().map(Hostile::field).toList());
        hostile.forEach(h -> Statistics.label("kind").collect(h.kind()));
    }

    @Provide
    Arbitrary<List<Hostile>> hostileRecords() {
        return Arbitraries.integers().between(0, KINDS.size() - 1).list().ofMinSize(1).ofMaxSize(12)
                .map(kinds -> IntStream.range(0, kinds.size()).mapToObj(i -> KINDS.get(kinds.get(i)).at(i)).toList());
    }

    @Provide
    Arbitrary<List<Integer>> positions() {
        return Arbitraries.integers().between(0, SCENARIO.events().size()).list().ofSize(12);
    }

    private record Run(List<FundAlert> alerts, List<TestRecord<byte[], byte[]>> letters) {
    }

    /** One record to send: an ordinary event, or a hostile one sent as bytes with the time of its neighbour. */
    private record Sent(SpecificRecord event, boolean hostile, Instant timestamp) {
    }

    private static List<Sent> interleave(List<Hostile> hostile, List<Integer> positions) {
        List<Sent> sent = new ArrayList<>();
        SCENARIO.events().forEach(e -> sent.add(new Sent(e, false, Scenario.eventTime(e))));
        for (int i = hostile.size() - 1; i >= 0; i--) {
            int at = Math.min(positions.get(i), SCENARIO.events().size());
            Instant neighbour = Scenario.eventTime(SCENARIO.events().get(Math.max(0, at - 1)));
            sent.add(at, new Sent(hostile.get(i).event(), true, neighbour));
        }
        return sent;
    }

    private static Run run(List<Sent> sent) {
        try (PipelineDriver driver = new PipelineDriver()) {
            AvroSerializer<SpecificRecord> values = new AvroSerializer<>(driver.registry(), false);
            TopicNames topics = TopicNames.live();
            if (sent.isEmpty()) {
                SCENARIO.events().forEach(driver::sendEvent);
            }
            for (Sent s : sent) {
                if (s.hostile()) {
                    String topic = topicOf(topics, s.event());
                    driver.sendRaw(topic, null, values.serialize(topic, s.event()), s.timestamp());
                } else {
                    driver.sendEvent(s.event());
                }
            }
            driver.advanceTo(SCENARIO.end());
            return new Run(driver.alerts(), driver.deadLetters());
        }
    }


    private static String topicOf(TopicNames topics, SpecificRecord event) {
        if (event instanceof FundEarmarked || event instanceof Heartbeat) {
            return topics.funds();
        }
        return event instanceof FundMovement ? topics.movements() : topics.assets();
    }

    private static FundEarmarked fund(int n, java.util.function.Consumer<FundEarmarked.Builder> customize) {
        return Events.fund("H-" + n, b -> {
            b.setEventId("H-e-" + n).setBeneficiaryId("H-ben-" + n).setFinancialOrgId("H-bank-" + n)
                    .setApprovedSellers(List.of("H-seller-" + n)).setEventTime(EARLIEST);
            customize.accept(b);
        });
    }

    private static List<String> sellers(int n, int count) {
        return IntStream.range(0, count).mapToObj(i -> id("H-seller-" + n + "-" + i + "-", 128)).toList();
    }

    private static String id(String prefix, int length) {
        return (prefix + "x".repeat(length)).substring(0, length);
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** {@code field "amount": ...} → {@code amount}. */
    private static String fieldOf(String detail) {
        int start = detail.indexOf('"') + 1;
        return detail.substring(start, detail.indexOf('"', start));
    }

    static {
        assertThat(ORDINARY).as("the scenario's own alerts").isNotEmpty()
                .isSortedAccordingTo(Comparator.comparing(FundAlert::getDetectedAt).thenComparing(FundAlert::getAlertId));
    }
}
