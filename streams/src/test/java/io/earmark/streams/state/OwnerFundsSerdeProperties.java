package io.earmark.streams.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.schema.Purpose;
import io.earmark.streams.state.OwnerFunds.OwnedFund;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.kafka.common.errors.SerializationException;

/** For random owners' records (any text, nulls, extreme numbers), the binary format reads back what it wrote. */
class OwnerFundsSerdeProperties {

    /** Values that recur across the record's fields, so that strings written once and referred to are exercised. */
    private static final List<String> RECURRING = List.of("F1", "F2", "", "Сатушы ЖШС", "сиыр 🐄", "assets:a1");

    private final OwnerFundsSerde serde = new OwnerFundsSerde();

    @Property(tries = 300)
    void shouldReadBackAnyOwner(@ForAll("owners") OwnerFunds owner) {
        byte[] bytes = serde.serializer().serialize("t", owner);

        OwnerFunds read = serde.deserializer().deserialize("t", bytes);

        assertThat(read).usingRecursiveComparison().isEqualTo(owner);
        assertThat(read.assets.keySet()).containsExactlyElementsOf(owner.assets.keySet());
        owner.assets.forEach((id, record) ->
                assertThat(read.assets.get(id).seenEventIds).containsExactlyElementsOf(record.seenEventIds));
        assertThat(serde.serializer().serialize("t", read)).isEqualTo(bytes);
    }

    @Example
    void shouldTakeLessRoomThanJsonForAnOwnerOfFortySheep() {
        OwnerFunds owner = new OwnerFunds();
        owner.funds.add(fund("SUB-2024-000123", Purpose.LIVESTOCK, 40, 40));
        for (int i = 0; i < 40; i++) {
            AssetRecord record = new AssetRecord();
            record.fundId = "SUB-2024-000123";
            record.firstEventId = "reg-000123-" + i;
            record.firstEventTime = 1_717_000_000_000L + i;
            record.seenEventIds.add(record.firstEventId);
            owner.assets.put("KZ-SHEEP-" + (100_000 + i), record);
        }

        int json = new JsonSerde<>(OwnerFunds.class).serializer().serialize("t", owner).length;
        int binary = serde.serializer().serialize("t", owner).length;

        assertThat(binary).isLessThan(json / 2);
    }

    @Example
    void shouldRefuseAnUnknownVersion() {
        byte[] bytes = serde.serializer().serialize("t", new OwnerFunds());
        bytes[0] = 9;

        assertThatThrownBy(() -> serde.deserializer().deserialize("t", bytes))
                .isInstanceOf(SerializationException.class).hasMessageContaining("version 9");
    }

    @Provide
    Arbitrary<OwnerFunds> owners() {
        Arbitrary<List<OwnedFund>> funds = Combinators.combine(text(), Arbitraries.of(Purpose.class).injectNull(0.1),
                        Arbitraries.integers(), Arbitraries.longs(), Arbitraries.integers())
                .as(OwnerFundsSerdeProperties::fund).list().ofMaxSize(5);
        Arbitrary<AssetRecord> assets = Combinators.combine(text().injectNull(0.2), text().injectNull(0.2),
                        Arbitraries.longs(), text().set().ofMaxSize(4), Arbitraries.of(true, false))
                .as((fundId, first, time, seen, handedOver) -> {
                    AssetRecord record = new AssetRecord();
                    record.fundId = fundId;
                    record.firstEventId = first;
                    record.firstEventTime = time;
                    record.seenEventIds.addAll(seen);
                    record.handedOver = handedOver;
                    return record;
                });
        return Combinators.combine(funds, Arbitraries.maps(text(), assets).ofMaxSize(6)).as((list, map) -> {
            OwnerFunds owner = new OwnerFunds();
            owner.funds.addAll(list);
            owner.assets.putAll(map);
            return owner;
        });
    }

    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.of(RECURRING), Arbitraries.strings().ofMaxLength(12));
    }

    private static OwnedFund fund(String id, Purpose purpose, int expected, long earmarkedAt, int assigned) {
        OwnedFund fund = new OwnedFund();
        fund.fundId = id;
        fund.purpose = purpose;
        fund.expectedAssetCount = expected;
        fund.earmarkedAt = earmarkedAt;
        fund.assigned = assigned;
        return fund;
    }

    private static OwnedFund fund(String id, Purpose purpose, int expected, int assigned) {
        return fund(id, purpose, expected, 1_717_000_000_000L, assigned);
    }
}
