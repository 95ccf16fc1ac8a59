package io.earmark.streams.network;

import static io.earmark.streams.testing.Events.BANK;
import static io.earmark.streams.testing.Events.OPERATOR;
import static io.earmark.streams.testing.Events.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schema.Programme;
import io.earmark.streams.ledger.LedgerBook;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import io.earmark.streams.network.NetworkPart.Kind;
import io.earmark.streams.network.NetworkPart.Link;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.PairLedger;
import io.earmark.streams.testing.Events;
import io.earmark.streams.testing.KickbackStory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NetworkTest {

    private static final String BEN_A = "850312300456";
    private static final String BEN_B = "900101300111";
    private static final String BEN_C = "880202400222";

    /** Two instances: one holds fund A's ledger and the pair ledgers, the other fund B's. */
    private final FundLedger fundA = KickbackStory.ledger("F-A", BEN_A);
    private final FundLedger fundB = KickbackStory.ledger("F-B", BEN_B);

    private NetworkPart instanceOne(Set<String> parties) {
        LocalLinks links = new LocalLinks(parties);
        links.fund(fundA);
        links.pair(SELLER + "|" + BEN_A, pair("F-A", 1_700_000_00L));
        links.pair(SELLER + "|" + BEN_C, pair("F-C", 300_000_00L));
        links.pair("999999999999|" + BEN_B, pair("F-X", 100_00L));
        return links.part();
    }

    private NetworkPart instanceTwo(Set<String> parties) {
        LocalLinks links = new LocalLinks(parties);
        links.fund(fundB);
        return links.part();
    }

    private NetworkPart step(Set<String> parties) {
        return NetworkPart.merge(List.of(instanceOne(parties), instanceTwo(parties)));
    }

    @Test
    void shouldShowTheBeneficiariesAKickbackSellerPaysBackOneStepOut() {
        Network network = Network.of(SELLER, List.of(step(Set.of(SELLER))), false);

        assertThat(network.parties()).extracting(p -> p.partyId() + "@" + p.distance())
                .containsExactly(SELLER + "@0", BEN_A + "@1", BEN_C + "@1", BEN_B + "@1");
        assertThat(network.links()).filteredOn(l -> l.kind() == Kind.SENT_BACK)
                .extracting(l -> l.to() + ":" + l.fundId() + ":" + l.amount())
                .containsExactly(BEN_A + ":F-A:170000000", BEN_C + ":F-C:30000000", BEN_B + ":F-B:150000000");
        assertThat(network.links()).filteredOn(l -> l.kind() == Kind.PAID)
                .extracting(Link::from, Link::to, Link::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BEN_A, SELLER, 400_000_000L),
                        org.assertj.core.groups.Tuple.tuple(BEN_B, SELLER, 400_000_000L));
        assertThat(network.funds()).extracting(NetworkPart.FundNode::fundId).containsExactly("F-A", "F-B");
        assertThat(network.parties().get(0).alerts()).isEqualTo(fundA.alertIds.size() + fundB.alertIds.size());
        assertThat(network.parties().get(0).funds()).isEqualTo(3);
    }

    @Test
    void shouldReachTheBanksAndTheOperatorTwoStepsOut() {
        NetworkPart first = step(Set.of(SELLER));
        List<String> frontier = Network.frontier(first, Set.of(SELLER));
        NetworkPart second = step(Set.copyOf(frontier));

        Network network = Network.of(SELLER, List.of(first, second), false);

        assertThat(frontier).containsExactly(BEN_A, BEN_C, BEN_B);
        assertThat(network.depth()).isEqualTo(2);
        assertThat(network.parties()).filteredOn(p -> p.distance() == 2).extracting(Network.Party::partyId)
                .containsExactlyInAnyOrder(BANK, "999999999999");
        assertThat(network.parties()).noneMatch(p -> p.partyId().equals(OPERATOR));
        assertThat(network.parties()).filteredOn(p -> p.partyId().equals(BANK)).singleElement()
                .satisfies(p -> assertThat(p.funds()).isEqualTo(2));
    }

    @Test
    void shouldLeaveOutFundsThatDoNotTouchTheParties() {
        assertThat(step(Set.of("000000000000"))).isEqualTo(NetworkPart.EMPTY);
        assertThat(step(Set.of(OPERATOR)).funds()).extracting(NetworkPart.FundNode::programme)
                .containsOnly(Programme.AUYL_AMANATY.name()).hasSize(2);
    }

    @Test
    void shouldLinkTheBeneficiaryToTheSellerItsFinancialOrganisationPaid() {
        LedgerBook book = new LedgerBook(RuleBook.shipped());
        FundLedger direct = FundLedger.open("F-D");
        book.applyFund(direct, Fund.of(Events.fund("F-D", f -> f.setBeneficiaryId(BEN_C))));
        book.applyMovement(direct, Movement.of(Events.move("D-1", "F-D", OPERATOR, BANK, 5_000_000_00L, Events.hours(1))));
        book.applyMovement(direct, Movement.of(Events.move("D-2", "F-D", BANK, SELLER, 5_000_000_00L, Events.hours(2))));
        LocalLinks links = new LocalLinks(Set.of(SELLER));
        links.fund(direct);

        Network network = Network.of(SELLER, List.of(links.part()), false);

        assertThat(network.links()).extracting(l -> l.kind() + ":" + l.from() + ">" + l.to())
                .containsExactly("PAID:" + BANK + ">" + SELLER, "BOUGHT:" + BEN_C + ">" + SELLER);
        assertThat(network.parties()).extracting(Network.Party::partyId).containsExactly(SELLER, BEN_C, BANK);
    }

    private static PairLedger pair(String fundId, long sentBack) {
        PairLedger pair = new PairLedger();
        PairLedger.Receipt receipt = new PairLedger.Receipt();
        receipt.programme = Programme.AUYL_AMANATY;
        receipt.received = 4_000_000_00L;
        receipt.sentBack = sentBack;
        pair.funds.put(fundId, receipt);
        return pair;
    }
}
