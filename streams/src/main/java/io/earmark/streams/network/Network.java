package io.earmark.streams.network;

import io.earmark.streams.network.NetworkPart.FundNode;
import io.earmark.streams.network.NetworkPart.Link;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The network around one party, one or two steps out. In: the party, and per step the merged {@link NetworkPart} of
 * the parties reached so far. Out: every party reached with its distance (0 for the party itself) and, over the funds
 * it takes part in (as operator, financial organisation or beneficiary, or by paying or being paid), how many funds
 * and how many alerts; the funds; the links. {@code truncated}: the second step asked about only the first
 * {@link #MAX_FRONTIER} parties of the first (by id), to keep one answer bounded.
 */
public record Network(String partyId, int depth, List<Party> parties, List<FundNode> funds, List<Link> links,
                      boolean truncated) {

    public static final int MAX_FRONTIER = 50;

    public record Party(String partyId, int distance, int funds, int alerts) {
    }

    /** The parties a step reached that no earlier step had: who the next step asks about. */
    public static List<String> frontier(NetworkPart step, Set<String> known) {
        Set<String> next = new TreeSet<>();
        for (Link link : step.links()) {
            next.add(link.from());
            next.add(link.to());
        }
        next.removeAll(known);
        return new ArrayList<>(next);
    }

    /** {@code steps}: the merged part of each step, the party's own first. */
    public static Network of(String partyId, List<NetworkPart> steps, boolean truncated) {
        Map<String, Integer> distance = new LinkedHashMap<>();
        distance.put(partyId, 0);
        for (int i = 0; i < steps.size(); i++) {
            for (String reached : frontier(steps.get(i), distance.keySet())) {
                distance.put(reached, i + 1);
            }
        }
        NetworkPart all = NetworkPart.merge(steps);
        Map<String, Set<String>> fundsOf = new TreeMap<>();
        Map<String, FundNode> funds = new TreeMap<>();
        all.funds().forEach(f -> funds.put(f.fundId(), f));
        for (FundNode f : all.funds()) {
            for (String p : List.of(f.operatorId(), f.financialOrgId(), f.beneficiaryId())) {
                fundsOf.computeIfAbsent(p, k -> new HashSet<>()).add(f.fundId());
            }
        }
        for (Link l : all.links()) {
            fundsOf.computeIfAbsent(l.from(), k -> new HashSet<>()).add(l.fundId());
            fundsOf.computeIfAbsent(l.to(), k -> new HashSet<>()).add(l.fundId());
        }
        List<Party> parties = new ArrayList<>();
        distance.forEach((p, d) -> {
            Collection<String> its = fundsOf.getOrDefault(p, Set.of());
            int alerts = its.stream().map(funds::get).filter(f -> f != null).mapToInt(FundNode::alerts).sum();
            parties.add(new Party(p, d, its.size(), alerts));
        });
        parties.sort(java.util.Comparator.comparingInt(Party::distance).thenComparing(Party::partyId));
        return new Network(partyId, steps.size(), parties, all.funds(), all.links(), truncated);
    }
}
