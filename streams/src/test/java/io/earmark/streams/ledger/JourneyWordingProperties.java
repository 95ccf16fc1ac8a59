package io.earmark.streams.ledger;

import static io.earmark.streams.rules.Money.kzt;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.Channel;
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import io.earmark.schema.Registry;
import io.earmark.streams.model.Assignment;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Registration;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.JourneyStep;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Journey steps are stored as data and worded when shown: the sentence each kind of step says is, character for
 * character, the one the ledger used to store (the expressions below are the earlier build's), for any ids, amounts
 * and enum values.
 */
class JourneyWordingProperties {

    @Property(tries = 300)
    void anEarmarkReadsAsBefore(@ForAll("funds") Fund fund) {
        FundLedger ledger = FundLedger.open(fund.fundId());
        Journey.earmarked(ledger, fund);
        assertThat(wording(ledger)).isEqualTo(fund.programme() + " fund of " + kzt(fund.amount()) + " for "
                + fund.beneficiaryId() + " via " + fund.financialOrgId());
    }

    @Property(tries = 300)
    void aMovementReadsAsBefore(@ForAll("movements") Movement m) {
        FundLedger ledger = FundLedger.open(m.fundId());
        Journey.moved(ledger, m);
        assertThat(wording(ledger)).isEqualTo(m.channel() + " of " + kzt(m.amount()) + " from " + m.fromId() + " to "
                + m.toId());
        Journey.held(ledger, m);
        assertThat(wording(ledger)).isEqualTo("held: the fund is not announced yet");
        Journey.setAside(ledger, m);
        assertThat(wording(ledger)).isEqualTo("set aside: the fund was not announced in time");
    }

    @Property(tries = 300)
    void aRegistrationReadsAsBefore(@ForAll("registrations") Registration r, @ForAll("ids") String firstFund) {
        FundLedger ledger = FundLedger.open("F-1");
        Journey.registered(ledger, r);
        assertThat(wording(ledger)).isEqualTo(r.registry() + " " + r.assetType() + " " + r.assetId() + " worth "
                + kzt(r.actualValue()));
        Journey.duplicate(ledger, Assignment.matched(r, "F-1").duplicateOf(firstFund, "a-0", 0));
        assertThat(wording(ledger)).isEqualTo(r.assetType() + " " + r.assetId() + " already counts for fund "
                + firstFund);
    }

    private static String wording(FundLedger ledger) {
        JourneyStep last = ledger.journey.get(ledger.journey.size() - 1);
        assertThat(last.kind()).isNotEqualTo(Journey.ALERT);
        assertThat(last.text()).isNull();
        return JourneyWording.of(last);
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withChars("АБВҚҮӘ-0123456789 ").ofMaxLength(12), Arbitraries.just(null));
    }

    @Provide
    Arbitrary<Fund> funds() {
        return Combinators.combine(ids().list().ofSize(5), Arbitraries.of(Programme.class), Arbitraries.longs())
                .as((s, programme, amount) -> new Fund(s.get(0), s.get(1), programme, s.get(2), s.get(3), s.get(4),
                        amount, Purpose.LIVESTOCK, List.of(), 1, 0, null, 72, 30, 0));
    }

    @Provide
    Arbitrary<Movement> movements() {
        return Combinators.combine(ids().list().ofSize(4), Arbitraries.of(Channel.class), Arbitraries.longs())
                .as((s, channel, amount) -> new Movement(s.get(0), "F-1", s.get(1), s.get(2), s.get(3), amount,
                        channel, null, 0));
    }

    @Provide
    Arbitrary<Registration> registrations() {
        return Combinators.combine(ids().list().ofSize(5), Arbitraries.of(Registry.class), Arbitraries.longs())
                .as((s, registry, value) -> new Registration(s.get(0), registry, s.get(1), s.get(2), s.get(3),
                        s.get(4), null, value, 0));
    }
}
