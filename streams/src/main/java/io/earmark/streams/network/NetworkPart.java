package io.earmark.streams.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one instance's stores say about a set of parties: the funds they take part in and the money links that touch
 * them. Instances' parts merge into one (a fund's ledger lives on one instance; a seller's return to a beneficiary can
 * be seen both in the fund's ledger, as its kickback alert, and in the pair's ledger: the larger sum is kept, since the
 * pair's ledger keeps counting after the alert). JSON as is, between instances.
 */
public record NetworkPart(List<FundNode> funds, List<Link> links) {

    public static final NetworkPart EMPTY = new NetworkPart(List.of(), List.of());

    /** A fund as the network shows it; {@code alerts}: how many alerts its ledger has raised. */
    public record FundNode(String fundId, String programme, String operatorId, String financialOrgId,
                           String beneficiaryId, int alerts) {
    }

    /**
     * PAID: a fund's coloured movement from payer to payee. BOUGHT: a fund paid a seller on its beneficiary's behalf
     * (the financial organisation paid, so no PAID link joins the two; from the beneficiary to the seller).
     * SENT_BACK: a seller's money to a beneficiary whose fund had paid it.
     */
    public enum Kind { PAID, BOUGHT, SENT_BACK }

    /** Money from one party to another, per fund. */
    public record Link(Kind kind, String from, String to, String fundId, long amount, int transfers) {

        String key() {
            return kind + "\u0000" + from + "\u0000" + to + "\u0000" + fundId;
        }
    }

    public static NetworkPart merge(Collection<NetworkPart> parts) {
        Map<String, FundNode> funds = new TreeMap<>();
        Map<String, Link> links = new TreeMap<>();
        for (NetworkPart part : parts) {
            part.funds().forEach(f -> funds.putIfAbsent(f.fundId(), f));
            part.links().forEach(l -> links.merge(l.key(), l, (a, b) -> a.amount() >= b.amount() ? a : b));
        }
        List<Link> merged = new ArrayList<>(links.values());
        merged.sort(Comparator.comparing(Link::kind).thenComparing(Link::from).thenComparing(Link::to)
                .thenComparing(Link::fundId));
        return new NetworkPart(List.copyOf(funds.values()), merged);
    }
}
