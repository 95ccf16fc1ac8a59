package io.earmark.streams.oversight;

import io.earmark.streams.cases.CaseFile;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A period's alerts and money at risk week by week. In: the period and its cases. Out: one {@link Week} per
 * calendar week (Monday to Sunday, UTC) that overlaps the period, empty weeks included, oldest first; the first and
 * the last may be cut short by the period's edges.
 */
public record WeeklySeries(List<Week> weeks) {

    /** @param monday the week's first day (may lie before the period's first day) */
    public record Week(LocalDate monday, int alerts, long moneyAtRisk) {
    }

    static WeeklySeries of(ReportPeriod period, List<CaseFile> cases) {
        LocalDate first = period.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int count = (int) (ChronoUnit.WEEKS.between(first, period.lastDay()) + 1);
        int[] alerts = new int[count];
        long[] money = new long[count];
        for (CaseFile c : cases) {
            LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(c.openedAt), ZoneOffset.UTC);
            int week = (int) ChronoUnit.WEEKS.between(first, day);
            alerts[week]++;
            money[week] = Tiyn.plus("money at risk in the week of " + first.plusWeeks(week), money[week],
                    c.amountAtRisk);
        }
        List<Week> weeks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            weeks.add(new Week(first.plusWeeks(i), alerts[i], money[i]));
        }
        return new WeeklySeries(List.copyOf(weeks));
    }
}
