package io.earmark.streams.state;

import static io.earmark.streams.testing.Events.BANK;
import static io.earmark.streams.testing.Events.BENEFICIARY;
import static io.earmark.streams.testing.Events.OPERATOR;
import static io.earmark.streams.testing.Events.OUTSIDER;
import static io.earmark.streams.testing.Events.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.Channel;
import io.earmark.streams.ledger.LedgerBook;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.testing.Events;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For random valid movement sequences, the ledger never creates or loses money. */
class LedgerConservationProperties {

    private static final List<String> PARTIES = List.of(OPERATOR, BANK, BENEFICIARY, SELLER, OUTSIDER);

    record Step(int from, int to, int percent, Channel channel) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(1, 100),
                Arbitraries.of(Channel.class)).as(Step::new);
        return step.list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void movedInEqualsBalancesPlusEverythingThatLeft(@ForAll("steps") List<Step> steps,
                                                      @ForAll boolean approvedSellers) {
        Fund fund = Fund.of(Events.fund("F1", b -> {
            if (!approvedSellers) {
                b.setApprovedSellers(List.of());
            }
        }));
        LedgerBook book = new LedgerBook(RuleBook.shipped());
        FundLedger ledger = FundLedger.open("F1");
        book.applyFund(ledger, fund);
        Map<String, Long> wallet = new TreeMap<>(Map.of(OPERATOR, 10_000_000L));
        long time = fund.eventTime();
        List<Movement> applied = new ArrayList<>();
        for (Step s : steps) {
            String from = PARTIES.get(s.from());
            long available = wallet.getOrDefault(from, 0L);
            long amount = available * s.percent() / 100;
            if (amount <= 0) {
                continue;
            }
            time += 60_000;
            Movement m = new Movement("m" + applied.size(), "F1", "BIC", from, PARTIES.get(s.to()), amount,
                    s.channel(), null, time);
            wallet.merge(from, -amount, Long::sum);
            if (s.channel() != Channel.CASH_WITHDRAWAL) {
                wallet.merge(m.toId(), amount, Long::sum);
            }
            book.applyMovement(ledger, m);
            applied.add(m);
        }
        long balances = ledger.balances.values().stream().mapToLong(Long::longValue).sum();
        assertThat(ledger.movedIn).isEqualTo(balances + ledger.paidToSellers + ledger.returned + ledger.diverted);
        assertThat(ledger.heldByFinancialOrg()).isEqualTo(wallet.getOrDefault(BANK, 0L));
        assertThat(ledger.heldByBeneficiary()).isEqualTo(wallet.getOrDefault(BENEFICIARY, 0L));
        assertThat(ledger.heldByFinancialOrg()).isNotNegative();
    }
}
