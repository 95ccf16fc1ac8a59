package io.earmark.streams.picture;

import io.earmark.streams.ledger.Journey;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Registration;
import io.earmark.streams.rules.Money;
import io.earmark.streams.rules.Payee;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.JourneyStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who passed a fund's money to whom, as a graph. In: the fund's ledger (its earmark, its journey of applied movements
 * and raised alerts, its registered assets). Out: the holders as nodes in role columns (operator, financial
 * organisation, beneficiary, sellers and anyone else), the transfers summed per payer, payee and kind as edges, and
 * the registered assets grouped by type on the seller (or, without one, the owner) they came with. A movement is
 * marked as cash when a CASH_WITHDRAWAL alert names it, as a diversion when its payee is not a party the fund may pay,
 * as a return when it goes back to the operator; a KICKBACK_SUSPECTED alert adds the seller's return to the
 * beneficiary, which is not the fund's own (coloured) money and so is not among its movements.
 */
record FlowGraph(String fundId, List<Node> nodes, List<Edge> edges, List<AssetGroup> assets) {

    /** A column of the picture, left to right in the order money is meant to flow. */
    enum Role {
        OPERATOR("operator"), FINANCIAL_ORG("financial organisation"), BENEFICIARY("beneficiary"),
        SELLER("seller"), OUTSIDER("not a party the fund may pay"), CASH("cash withdrawn by");

        final String words;

        Role(String words) {
            this.words = words;
        }

        int column() {
            return Math.min(ordinal(), 3);
        }
    }

    enum Kind { PAYMENT, RETURN, DIVERSION, CASH, KICKBACK }

    /** {@code id} is the party id; a cash node's id is {@code "cash:" + the party who withdrew it}. */
    record Node(String id, String party, Role role) {
    }

    record Edge(String from, String to, Kind kind, long amount, int transfers) {
    }

    record AssetGroup(String nodeId, String assetType, int count, long value) {
    }

    static final String CASH_ALERT = "CASH_WITHDRAWAL:";
    static final String DIVERSION_ALERT = "DIVERTED_FUNDS:";
    static final String KICKBACK_ALERT = "KICKBACK_SUSPECTED:";

    /** The graph of a fund whose earmark is known ({@code ledger.fund != null}). */
    static FlowGraph of(FundLedger ledger) {
        Fund fund = ledger.fund;
        Set<String> cash = Alerts.triggers(ledger, CASH_ALERT);
        Set<String> diverted = Alerts.triggers(ledger, DIVERSION_ALERT);
        Map<String, Node> nodes = new LinkedHashMap<>();
        node(nodes, fund.operatorId(), Role.OPERATOR);
        node(nodes, fund.financialOrgId(), Role.FINANCIAL_ORG);
        node(nodes, fund.beneficiaryId(), Role.BENEFICIARY);
        Map<String, Edge> edges = new LinkedHashMap<>();
        for (JourneyStep step : ledger.journey) {
            if (Journey.MOVEMENT.equals(step.kind())) {
                Node from = node(nodes, step.fromId(), role(fund, step.fromId()));
                Kind kind = kind(fund, step, cash, diverted);
                Node to = kind == Kind.CASH ? node(nodes, "cash:" + step.toId(), step.toId(), Role.CASH)
                        : node(nodes, step.toId(), role(fund, step.toId()));
                add(edges, new Edge(from.id(), to.id(), kind, step.amount(), 1));
            } else if (Journey.ALERT.equals(step.kind()) && step.eventId().startsWith(KICKBACK_ALERT)
                    && step.toId() != null) {
                Node seller = node(nodes, step.toId(), Role.SELLER);
                add(edges, new Edge(seller.id(), fund.beneficiaryId(), Kind.KICKBACK, step.amount(), 1));
            }
        }
        List<AssetGroup> assets = assets(ledger, nodes, fund);
        List<Node> ordered = new ArrayList<>(nodes.values());
        ordered.sort(Comparator.comparing(Node::role).thenComparing(Node::id));
        return new FlowGraph(ledger.fundId, ordered, List.copyOf(edges.values()), assets);
    }

    private static Kind kind(Fund fund, JourneyStep step, Set<String> cash, Set<String> diverted) {
        if (cash.contains(step.eventId())) {
            return Kind.CASH;
        }
        if (diverted.contains(step.eventId())) {
            return Kind.DIVERSION;
        }
        Payee from = Payee.of(fund, step.fromId());
        Payee to = Payee.of(fund, step.toId());
        if (from.holdsMoney() && to == Payee.OPERATOR) {
            return Kind.RETURN;
        }
        return from.holdsMoney() && to == Payee.OUTSIDER ? Kind.DIVERSION : Kind.PAYMENT;
    }

    private static Role role(Fund fund, String party) {
        return Role.valueOf(Payee.of(fund, party).name());
    }

    private static Node node(Map<String, Node> nodes, String party, Role role) {
        return node(nodes, party, party, role);
    }

    private static Node node(Map<String, Node> nodes, String id, String party, Role role) {
        return nodes.computeIfAbsent(id, k -> new Node(id, party, role));
    }

    private static void add(Map<String, Edge> edges, Edge edge) {
        edges.merge(edge.from() + "\u0000" + edge.to() + "\u0000" + edge.kind(), edge,
                (a, b) -> new Edge(a.from(), a.to(), a.kind(),
                        Money.plus("edge", a.amount(), b.amount()), a.transfers() + b.transfers()));
    }

    private static List<AssetGroup> assets(FundLedger ledger, Map<String, Node> nodes, Fund fund) {
        Map<String, AssetGroup> groups = new TreeMap<>();
        for (Registration r : ledger.assets) {
            String on = r.sellerId() != null && nodes.containsKey(r.sellerId()) ? r.sellerId() : fund.beneficiaryId();
            groups.merge(on + "\u0000" + r.assetType(), new AssetGroup(on, r.assetType(), 1, r.actualValue()),
                    (a, b) -> new AssetGroup(a.nodeId(), a.assetType(), a.count() + b.count(),
                            Money.plus("assets", a.value(), b.value())));
        }
        return List.copyOf(groups.values());
    }
}
