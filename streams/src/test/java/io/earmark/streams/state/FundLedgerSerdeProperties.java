package io.earmark.streams.state;

import static io.earmark.streams.testing.Events.BANK;
import static io.earmark.streams.testing.Events.BENEFICIARY;
import static io.earmark.streams.testing.Events.OUTSIDER;
import static io.earmark.streams.testing.Events.SELLER;
import static io.earmark.streams.testing.Events.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.Channel;
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import io.earmark.schema.Registry;
import io.earmark.streams.ledger.LedgerBook;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Registration;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.testing.Events;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** For random ledgers (any text, nulls, extreme numbers), the binary ledger format reads back what it wrote. */
class FundLedgerSerdeProperties {

    /** Values that recur across a ledger's fields, so that strings written once and referred to are exercised. */
    private static final List<String> RECURRING = List.of("F1", BANK, "", "Сатушы ЖШС", "сиыр 🐄", "movements:m1");

    private final FundLedgerSerde serde = new FundLedgerSerde();

    @Property(tries = 300)
    void shouldReadBackAnyLedger(@ForAll("ledgers") FundLedger ledger) {
        byte[] bytes = serde.serializer().serialize("t", ledger);

        FundLedger read = serde.deserializer().deserialize("t", bytes);

        assertThat(read).usingRecursiveComparison().isEqualTo(ledger);
        assertThat(read.appliedEventIds).containsExactlyElementsOf(ledger.appliedEventIds);
        assertThat(read.alertIds).containsExactlyElementsOf(ledger.alertIds);
        assertThat(read.announcedAlertIds).containsExactlyElementsOf(ledger.announcedAlertIds);
        assertThat(serde.serializer().serialize("t", read)).isEqualTo(bytes);
    }

    @Example
    void shouldTakeLessRoomThanJsonForARealisticLedger() {
        FundLedger ledger = realisticLedger();

        int json = new JsonSerde<>(FundLedger.class).serializer().serialize("t", ledger).length;
        int binary = serde.serializer().serialize("t", ledger).length;

        assertThat(json).isGreaterThan(4_000);
        assertThat(binary).isLessThan(json / 2);
    }

    /** A fund a few weeks in: a movement held until the earmark, payments, sellers paid, assets, alerts. */
    private static FundLedger realisticLedger() {
        LedgerBook book = new LedgerBook(RuleBook.shipped());
        FundLedger ledger = FundLedger.open("F1");
        book.applyMovement(ledger, Movement.of(Events.release("F1", minutes(5))));
        book.applyFund(ledger, Fund.of(Events.fund("F1")));
        for (int i = 1; i <= 6; i++) {
            book.applyMovement(ledger, Movement.of(Events.move("pay-" + i, "F1", BANK, BENEFICIARY, 50_000_00L,
                    minutes(60L * i))));
            book.applyMovement(ledger, Movement.of(Events.move("buy-" + i, "F1", BENEFICIARY, SELLER, 40_000_00L,
                    minutes(60L * i + 30))));
        }
        book.applyMovement(ledger, Movement.of(Events.move("cash-1", "F1", BANK, OUTSIDER, 10_000_00L,
                minutes(500), Channel.CASH_WITHDRAWAL)));
        for (int i = 1; i <= 3; i++) {
            Registration cow = Registration.of(Events.asset("asset-" + i, "KZ-00" + i, "F1", 40_000_00L,
                    minutes(600L + i)));
            book.applyAssignment(ledger, Assignment.matched(cow, "F1"));
        }
        return ledger;
    }

    @Provide
    Arbitrary<FundLedger> ledgers() {
        return Builders.withBuilder(FundLedger::new)
                .use(text()).inSetter((l, v) -> l.fundId = v)
                .use(funds().injectNull(0.3)).inSetter((l, v) -> l.fund = v)
                .use(movements().list().ofMaxSize(4)).inSetter((l, v) -> l.held = new ArrayList<>(v))
                .use(movements().list().ofMaxSize(4)).inSetter((l, v) -> l.setAside = new ArrayList<>(v))
                .use(Arbitraries.maps(text().filter(s -> s != null), longs()).ofMaxSize(6))
                .inSetter((l, v) -> l.balances = new TreeMap<>(v))
                .use(longs()).inSetter((l, v) -> l.movedIn = v)
                .use(longs()).inSetter((l, v) -> l.paidToSellers = v)
                .use(longs()).inSetter((l, v) -> l.diverted = v)
                .use(longs()).inSetter((l, v) -> l.returned = v)
                .use(longs().injectNull(0.4)).inSetter((l, v) -> l.idleSince = v)
                .use(text()).inSetter((l, v) -> l.idleStartEventId = v)
                .use(longs().injectNull(0.4)).inSetter((l, v) -> l.firstSellerPaymentAt = v)
                .use(text()).inSetter((l, v) -> l.firstSellerPaymentEventId = v)
                .use(Arbitraries.of(true, false)).inSetter((l, v) -> l.assetDeadlinePassed = v)
                .use(registrations().list().ofMaxSize(4)).inSetter((l, v) -> l.assets = new ArrayList<>(v))
                .use(longs()).inSetter((l, v) -> l.registeredValue = v)
                .use(text().list().ofMaxSize(8)).inSetter((l, v) -> l.appliedEventIds = new LinkedHashSet<>(v))
                .use(text().list().ofMaxSize(4)).inSetter((l, v) -> l.alertIds = new LinkedHashSet<>(v))
                .use(text().list().ofMaxSize(4)).inSetter((l, v) -> l.announcedAlertIds = new LinkedHashSet<>(v))
                .use(steps().list().ofMaxSize(6)).inSetter((l, v) -> l.journey = new ArrayList<>(v))
                .use(longs()).inSetter((l, v) -> l.updatedAt = v)
                .build();
    }

    private static Arbitrary<Fund> funds() {
        return Combinators.combine(texts(5), Arbitraries.of(Programme.class), Arbitraries.of(Purpose.class),
                text().filter(s -> s != null).list().ofMaxSize(3), longs().list().ofSize(3),
                Arbitraries.integers().list().ofSize(3), Arbitraries.integers().injectNull(0.4))
                .as((s, programme, purpose, sellers, longs, ints, subsidy) -> new Fund(s.get(0), s.get(1), programme,
                        s.get(2), s.get(3), s.get(4), longs.get(0), purpose, List.copyOf(sellers), ints.get(0),
                        longs.get(1), subsidy, ints.get(1), ints.get(2), longs.get(2)));
    }

    private static Arbitrary<Movement> movements() {
        return Combinators.combine(texts(6), longs(), Arbitraries.of(Channel.class), longs())
                .as((s, amount, channel, time) -> new Movement(s.get(0), s.get(1), s.get(2), s.get(3), s.get(4),
                        amount, channel, s.get(5), time));
    }

    private static Arbitrary<Registration> registrations() {
        return Combinators.combine(texts(6), Arbitraries.of(Registry.class), longs(), longs())
                .as((s, registry, value, time) -> new Registration(s.get(0), registry, s.get(1), s.get(2), s.get(3),
                        s.get(4), s.get(5), value, time));
    }

    private static Arbitrary<JourneyStep> steps() {
        return Combinators.combine(texts(9), longs(), longs())
                .as((s, time, amount) -> new JourneyStep(time, s.get(0), s.get(1), s.get(2), s.get(3), amount,
                        s.get(4), s.get(5), s.get(6), s.get(7), s.get(8)));
    }

    /** {@code n} strings, any of them null. */
    private static Arbitrary<List<String>> texts(int n) {
        return text().list().ofSize(n);
    }

    /** Null, an id-like string (Latin, Cyrillic, symbols; possibly empty), any Unicode text, or a recurring value. */
    private static Arbitrary<String> text() {
        Arbitrary<String> idLike = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .withCharRange('\u0400', '\u04ff').withChars(" :-_€\u0000").ofMaxLength(16);
        Arbitrary<String> anyUnicode = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
                .list().ofMaxSize(8)
                .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                        StringBuilder::append).toString());
        return Arbitraries.frequencyOf(Tuple.of(3, idLike), Tuple.of(1, anyUnicode),
                Tuple.of(2, Arbitraries.of(RECURRING))).injectNull(0.15);
    }

    /** Any long, the extremes included. */
    private static Arbitrary<Long> longs() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L));
    }
}
