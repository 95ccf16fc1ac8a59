package io.earmark.producers.simulate;

import io.earmark.schema.AlertRule;
import io.earmark.schema.AssetRegistered;
import io.earmark.schema.Channel;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.Programme;
import io.earmark.schema.Severity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A small, independent reading of DESIGN.md's alert rules, for checking the simulator's ground truth: feed it
 * events in delivery order, it keeps stream time, fires deadlines before the first event past them, dedupes by
 * eventId, applies late events when they come, and at the end fires the deadlines before the latest eventTime.
 */
final class ReferenceRules {
    record Found(AlertRule rule, String fundId, long amountAtRisk, Severity severity) {
    }

    private record Deadline(Instant at, long order, String fundId, String kind, int episode) {
    }

    private static final class Ledger {
        final FundEarmarked fund;
        final Map<String, Long> balance = new HashMap<>();
        final Map<String, Long> received = new LinkedHashMap<>();
        final Map<String, Instant> firstReceipt = new HashMap<>();
        final Map<String, Long> sentBack = new HashMap<>();
        final Set<String> kickbackFired = new HashSet<>();
        int episode;
        long paid;
        int count;
        long value;

        Ledger(FundEarmarked fund) {
            this.fund = fund;
        }
    }

    private final Map<String, Ledger> ledgers = new LinkedHashMap<>();
    private final Map<String, String> assetFund = new HashMap<>();
    private final Set<String> applied = new HashSet<>();
    private final PriorityQueue<Deadline> deadlines = new PriorityQueue<>(
            Comparator.comparing(Deadline::at).thenComparingLong(Deadline::order));
    private final Map<String, FundMovement> held = new HashMap<>();
    private final List<Found> found = new ArrayList<>();
    private Instant streamTime = Instant.MIN;
    private long order;

    static List<Found> evaluate(List<ScenarioEvent> delivered) {
        ReferenceRules rules = new ReferenceRules();
        delivered.forEach(e -> rules.accept(e));
        rules.fireBefore(rules.streamTime);
        return rules.found;
    }

    private void accept(ScenarioEvent e) {
        if (e.eventTime().isAfter(streamTime)) {
            fireBefore(e.eventTime());
            streamTime = e.eventTime();
        }
        if (!applied.add(e.topic() + "/" + e.eventId())) {
            return;
        }
        if (e.record() instanceof FundEarmarked f) {
            ledgers.put(f.getFundId(), new Ledger(f));
        } else if (e.record() instanceof FundMovement m) {
            movement(m);
        } else {
            asset((AssetRegistered) e.record());
        }
    }

    private void movement(FundMovement m) {
        kickback(m);
        if (m.getFundId() == null) {
            return;
        }
        Ledger l = ledgers.get(m.getFundId());
        if (l == null) {
            held.put(m.getEventId(), m);
            schedule(m.getEventTime().plus(Duration.ofHours(24)), m.getEventId(), "UNKNOWN", 0);
            return;
        }
        FundEarmarked f = l.fund;
        String to = m.getToId();
        boolean seller = f.getApprovedSellers().isEmpty()
                ? !to.equals(f.getFinancialOrgId()) && !to.equals(f.getBeneficiaryId()) && !to.equals(f.getOperatorId())
                : f.getApprovedSellers().contains(to);
        boolean allowed = seller || to.equals(f.getFinancialOrgId()) || to.equals(f.getBeneficiaryId())
                || to.equals(f.getOperatorId());
        if (m.getChannel() == Channel.CASH_WITHDRAWAL) {
            alert(AlertRule.CASH_WITHDRAWAL, f.getFundId(), m.getAmount(), Severity.HIGH);
        } else if (!allowed) {
            alert(AlertRule.DIVERTED_FUNDS, f.getFundId(), m.getAmount(), Severity.HIGH);
        }
        String fo = f.getFinancialOrgId();
        long foBefore = l.balance.getOrDefault(fo, 0L);
        l.balance.merge(m.getFromId(), -m.getAmount(), Long::sum);
        l.balance.merge(to, m.getAmount(), Long::sum);
        long foAfter = l.balance.getOrDefault(fo, 0L);
        if (foBefore <= 0 && foAfter > 0) {
            l.episode++;
            Instant start = m.getEventTime();
            schedule(start.plus(Duration.ofHours(f.getMaxIdleHours())), f.getFundId(), "IDLE_MEDIUM", l.episode);
            schedule(start.plus(Duration.ofHours(3L * f.getMaxIdleHours())), f.getFundId(), "IDLE_HIGH", l.episode);
        } else if (foBefore > 0 && foAfter <= 0) {
            l.episode++;
        }
        if (seller) {
            if (l.paid == 0) {
                schedule(m.getEventTime().plus(Duration.ofDays(f.getRegistrationDeadlineDays())), f.getFundId(), "ASSET", 0);
            }
            l.paid += m.getAmount();
            l.received.merge(to, m.getAmount(), Long::sum);
            l.firstReceipt.putIfAbsent(to, m.getEventTime());
        }
    }

    private void kickback(FundMovement m) {
        for (Ledger l : ledgers.values()) {
            Instant first = l.firstReceipt.get(m.getFromId());
            if (first == null || !l.fund.getBeneficiaryId().equals(m.getToId())
                    || !m.getEventTime().isAfter(first) || m.getEventTime().isAfter(first.plus(Duration.ofDays(30)))) {
                continue;
            }
            long sum = l.sentBack.merge(m.getFromId(), m.getAmount(), Long::sum);
            if (sum * 10 >= l.received.get(m.getFromId()) * 3 && l.kickbackFired.add(m.getFromId())) {
                alert(AlertRule.KICKBACK_SUSPECTED, l.fund.getFundId(), sum, Severity.CRITICAL);
            }
        }
    }

    private void asset(AssetRegistered a) {
        Ledger l = a.getFundId() != null ? ledgers.get(a.getFundId()) : byOwner(a);
        if (l == null) {
            return;
        }
        String first = assetFund.putIfAbsent(a.getAssetId(), l.fund.getFundId());
        if (first != null) {
            if (!first.equals(l.fund.getFundId())) {
                alert(AlertRule.DUPLICATE_ASSET, l.fund.getFundId(), a.getActualValue(), Severity.CRITICAL);
            }
            return;
        }
        l.count++;
        l.value += a.getActualValue();
        FundEarmarked f = l.fund;
        if (l.count == f.getExpectedAssetCount() && f.getProgramme() == Programme.INVESTMENT_SUBSIDY
                && f.getAmount() * 10_000 > (long) f.getSubsidyRateBps() * l.value) {
            alert(AlertRule.OVERSUBSIDY, f.getFundId(), f.getAmount() - (long) f.getSubsidyRateBps() * l.value / 10_000,
                    Severity.HIGH);
        }
    }

    private Ledger byOwner(AssetRegistered a) {
        boolean livestock = a.getRegistry() == io.earmark.schema.Registry.LIVESTOCK_IDENTIFICATION;
        return ledgers.values().stream()
                .filter(l -> l.fund.getBeneficiaryId().equals(a.getOwnerId()))
                .filter(l -> livestock == (l.fund.getPurpose() == io.earmark.schema.Purpose.LIVESTOCK))
                .filter(l -> l.count < l.fund.getExpectedAssetCount())
                .findFirst().orElse(null);
    }

    private void fireBefore(Instant time) {
        while (!deadlines.isEmpty() && deadlines.peek().at().isBefore(time)) {
            Deadline d = deadlines.poll();
            Ledger l = ledgers.get(d.fundId());
            switch (d.kind()) {
                case "UNKNOWN" -> {
                    FundMovement m = held.remove(d.fundId());
                    if (!ledgers.containsKey(m.getFundId())) {
                        alert(AlertRule.UNKNOWN_FUND, m.getFundId(), m.getAmount(), Severity.LOW);
                    }
                }
                case "ASSET" -> {
                    if (l.count == 0) {
                        alert(AlertRule.ASSET_NOT_REGISTERED, d.fundId(), l.paid, Severity.HIGH);
                    } else if (l.count < l.fund.getExpectedAssetCount() || l.value * 10 < l.paid * 9) {
                        alert(AlertRule.ASSET_SHORTFALL, d.fundId(), Math.max(0, l.paid - l.value), Severity.MEDIUM);
                    }
                }
                default -> {
                    long balance = l.balance.getOrDefault(l.fund.getFinancialOrgId(), 0L);
                    if (d.episode() == l.episode && balance > 0) {
                        alert(AlertRule.IDLE_FUNDS, d.fundId(), balance,
                                d.kind().equals("IDLE_HIGH") ? Severity.HIGH : Severity.MEDIUM);
                    }
                }
            }
        }
    }

    private void schedule(Instant at, String fundId, String kind, int episode) {
        deadlines.add(new Deadline(at, order++, fundId, kind, episode));
    }

    private void alert(AlertRule rule, String fundId, long amount, Severity severity) {
        found.add(new Found(rule, fundId, amount, severity));
    }
}
