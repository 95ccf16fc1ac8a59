package io.earmark.streams.network;

import io.earmark.streams.ledger.Journey;
import io.earmark.streams.model.Fund;
import io.earmark.streams.network.NetworkPart.FundNode;
import io.earmark.streams.network.NetworkPart.Kind;
import io.earmark.streams.network.NetworkPart.Link;
import io.earmark.streams.rules.Money;
import io.earmark.streams.rules.Payee;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.JourneyStep;
import io.earmark.streams.state.PairLedger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects, from the ledgers one instance holds, what touches a set of parties. In: the parties, then each fund ledger
 * and each pair ledger (key "seller|beneficiary") of the instance. Out: a {@link NetworkPart}: every announced fund in
 * which one of the parties is operator, financial organisation or beneficiary or pays or is paid, the fund's
 * movements to or from one of them (summed per payer and payee), the beneficiary's purchases from a seller that its
 * financial organisation paid, and each seller's return to a beneficiary that one
 * of them sent or received (the pair's sum sent back, or the kickback alert's sum).
 */
public final class LocalLinks {

    private static final String KICKBACK = "KICKBACK_SUSPECTED:";

    private final Set<String> parties;
    private final List<FundNode> funds = new ArrayList<>();
    private final Map<String, Link> links = new LinkedHashMap<>();

    public LocalLinks(Set<String> parties) {
        this.parties = Set.copyOf(parties);
    }

    public void fund(FundLedger ledger) {
        Fund fund = ledger.fund;
        if (fund == null) {
            return;
        }
        boolean touched = parties.contains(fund.operatorId()) || parties.contains(fund.financialOrgId())
                || parties.contains(fund.beneficiaryId());
        for (JourneyStep step : ledger.journey) {
            if (Journey.MOVEMENT.equals(step.kind()) && !step.fromId().equals(step.toId())) {
                if (touches(step.fromId(), step.toId())) {
                    add(new Link(Kind.PAID, step.fromId(), step.toId(), fund.fundId(), step.amount(), 1));
                    touched = true;
                }
                if (boughtFor(fund, step) && touches(fund.beneficiaryId(), step.toId())) {
                    add(new Link(Kind.BOUGHT, fund.beneficiaryId(), step.toId(), fund.fundId(), step.amount(), 1));
                    touched = true;
                }
            } else if (Journey.ALERT.equals(step.kind()) && step.eventId().startsWith(KICKBACK) && step.toId() != null
                    && touches(step.toId(), fund.beneficiaryId())) {
                add(new Link(Kind.SENT_BACK, step.toId(), fund.beneficiaryId(), fund.fundId(), step.amount(), 1));
                touched = true;
            }
        }
        if (touched) {
            funds.add(new FundNode(fund.fundId(), fund.programme().name(), fund.operatorId(), fund.financialOrgId(),
                    fund.beneficiaryId(), ledger.alertIds.size()));
        }
    }

    public void pair(String key, PairLedger pair) {
        for (String party : parties) {
            if (key.startsWith(party + "|")) {
                pair(party, key.substring(party.length() + 1), pair);
            } else if (key.endsWith("|" + party)) {
                pair(key.substring(0, key.length() - party.length() - 1), party, pair);
            }
        }
    }

    private void pair(String seller, String beneficiary, PairLedger pair) {
        pair.funds.forEach((fundId, receipt) -> {
            if (receipt.sentBack > 0) {
                links.merge(new Link(Kind.SENT_BACK, seller, beneficiary, fundId, 0, 0).key(),
                        new Link(Kind.SENT_BACK, seller, beneficiary, fundId, receipt.sentBack,
                                Math.max(1, receipt.evidence.size() - 1)),
                        (a, b) -> a.amount() >= b.amount() ? a : b);
            }
        });
    }

    public NetworkPart part() {
        return NetworkPart.merge(List.of(new NetworkPart(List.copyOf(funds), List.copyOf(links.values()))));
    }

    /** A payment to a seller by a holder other than the beneficiary: the financial organisation bought for it. */
    private static boolean boughtFor(Fund fund, JourneyStep step) {
        return Payee.of(fund, step.toId()) == Payee.SELLER && Payee.of(fund, step.fromId()) == Payee.FINANCIAL_ORG;
    }

    private boolean touches(String a, String b) {
        return parties.contains(a) || parties.contains(b);
    }

    private void add(Link link) {
        links.merge(link.key(), link, (a, b) -> new Link(a.kind(), a.from(), a.to(), a.fundId(),
                Money.plus("link", a.amount(), b.amount()), a.transfers() + b.transfers()));
    }
}
