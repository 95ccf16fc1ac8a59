package io.earmark.streams.oversight;

import io.earmark.schema.CaseEvent;
import io.earmark.schema.Programme;
import io.earmark.streams.cases.CaseFile;
import io.earmark.streams.cases.CaseFold;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The figures of the oversight commission's report for one period. In: every case read from the cases topic (a
 * {@link CaseFold}: each case's current state and its acts) and the period. A case is in the period when its alert
 * was detected in it ({@code openedAt}); its status, resolution and times are those of the read, whenever the acts
 * happened. Out: the period's totals, the same figures per programme and per financial organisation, the weekly
 * series, and the open cases oldest first. Does not depend on the order the cases were read in: the cases are
 * taken in alertId order and every list is sorted with a full tie-break.
 *
 * @param asOf the latest act read, of any case (epoch milliseconds), or null when nothing was read: the moment the
 *             cases' states are as of
 */
public record PeriodReport(ReportPeriod period, Long asOf, GroupFigures total, List<GroupFigures> byProgramme,
        List<GroupFigures> byFinancialOrg, WeeklySeries weekly, List<OpenCase> openCases) {

    /** Programmes in the contract's order, the group without a programme (unknown funds) last. */
    static final Comparator<GroupFigures> PROGRAMME_ORDER = Comparator.comparing(GroupFigures::key,
            Comparator.nullsLast(Comparator.comparing(Programme::valueOf)));
    /** Most money at risk first, then most alerts, then by id; the group without one (unknown funds) last. */
    static final Comparator<GroupFigures> ORG_ORDER = Comparator
            .comparing((GroupFigures g) -> g.key() == null)
            .thenComparing(GroupFigures::moneyAtRisk, Comparator.reverseOrder())
            .thenComparing(GroupFigures::alerts, Comparator.reverseOrder())
            .thenComparing(GroupFigures::key, Comparator.nullsLast(Comparator.naturalOrder()));
    static final Comparator<OpenCase> OLDEST_FIRST = Comparator.comparingLong(OpenCase::openedAt)
            .thenComparing(OpenCase::alertId);

    public static PeriodReport of(CaseFold fold, ReportPeriod period) {
        return of(fold.cases().values(), fold::history, period);
    }

    /** {@code histories} gives the acts applied to a case, oldest first, by alertId. */
    public static PeriodReport of(Collection<CaseFile> everyCase, Function<String, List<CaseEvent>> histories,
            ReportPeriod period) {
        Long asOf = everyCase.stream().map(c -> c.lastActionAt).max(Long::compare).orElse(null);
        List<CaseFile> cases = everyCase.stream().filter(c -> period.contains(c.openedAt))
                .sorted(Comparator.comparing((CaseFile c) -> c.alertId)).toList();
        return new PeriodReport(period, asOf, GroupFigures.of(null, cases),
                groups(cases, c -> c.programme, PROGRAMME_ORDER), groups(cases, c -> c.financialOrgId, ORG_ORDER),
                WeeklySeries.of(period, cases), openCases(cases, histories));
    }

    /** The number of cases the report covers: those whose alert was detected in the period. */
    public int cases() {
        return total.alerts();
    }

    private static List<GroupFigures> groups(List<CaseFile> cases, Function<CaseFile, String> key,
            Comparator<GroupFigures> order) {
        Map<String, List<CaseFile>> byKey = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (CaseFile c : cases) {
            byKey.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c);
        }
        List<GroupFigures> groups = new ArrayList<>();
        byKey.forEach((k, members) -> groups.add(GroupFigures.of(k, members)));
        groups.sort(order);
        return List.copyOf(groups);
    }

    private static List<OpenCase> openCases(List<CaseFile> cases, Function<String, List<CaseEvent>> histories) {
        List<OpenCase> open = new ArrayList<>();
        for (CaseFile c : cases) {
            if (c.open()) {
                List<CaseEvent> history = Objects.requireNonNullElse(histories.apply(c.alertId), List.of());
                String lastAct = history.isEmpty() ? "" : lastAct(history.get(history.size() - 1));
                open.add(new OpenCase(c.alertId, c.fundId, c.rule, c.severity, c.programme, c.financialOrgId,
                        c.amountAtRisk, c.status, c.assignee, c.openedAt, lastAct, c.lastActionAt));
            }
        }
        open.sort(OLDEST_FIRST);
        return List.copyOf(open);
    }

    private static String lastAct(CaseEvent act) {
        return act.getAction() + " by " + act.getActor();
    }
}
