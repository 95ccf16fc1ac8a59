package io.earmark.streams.picture;

import io.earmark.streams.ledger.Journey;
import io.earmark.streams.ledger.JourneyWording;
import io.earmark.streams.model.Fund;
import io.earmark.streams.rules.Money;
import io.earmark.streams.rules.Payee;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.JourneyStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What the financial organisation held of a fund over event time, against the fund's idle limit. In: the fund's
 * ledger. Out: its balance after each of the fund's movements (in event-time order, counted as the pipeline counts
 * it: money leaving it is taken off, money coming to it is added unless it is a cash withdrawal), each idle episode
 * (from the balance going from 0 to positive until it is 0 again) with the instants its idle limits fall
 * (start + maxIdleHours and start + 3 × maxIdleHours), the payments to sellers and the registrations as marks, and
 * every alert as a flag at its detection time.
 */
record IdleStrip(String fundId, int maxIdleHours, long start, long end, List<Point> balance, List<Episode> episodes,
                 List<Mark> marks, List<Mark> flags) {

    record Point(long at, long balance) {
    }

    /** {@code until} is null while the episode is still open at the end of what is known. */
    record Episode(long from, Long until, long limit, long highLimit) {
    }

    /** A mark (PAYMENT, REGISTRATION) or a flag (the alert's rule) at an instant. */
    record Mark(long at, String kind, String label) {
    }

    static IdleStrip of(FundLedger ledger) {
        Fund fund = ledger.fund;
        long idle = Duration.ofHours(fund.maxIdleHours()).toMillis();
        Set<String> cash = Alerts.triggers(ledger, FlowGraph.CASH_ALERT);
        List<JourneyStep> steps = new ArrayList<>(ledger.journey);
        steps.sort(Comparator.comparingLong(JourneyStep::eventTime));
        List<Point> points = new ArrayList<>();
        List<Episode> episodes = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        List<Mark> flags = new ArrayList<>();
        long balance = 0;
        Long openedAt = null;
        long first = fund.eventTime();
        long last = fund.eventTime();
        for (JourneyStep step : steps) {
            first = Math.min(first, step.eventTime());
            last = Math.max(last, step.eventTime());
            switch (step.kind()) {
                case Journey.MOVEMENT -> {
                    long before = balance;
                    if (fund.financialOrgId().equals(step.fromId())) {
                        balance = Money.minus("balance", balance, step.amount());
                    } else if (fund.financialOrgId().equals(step.toId()) && !cash.contains(step.eventId())) {
                        balance = Money.plus("balance", balance, step.amount());
                    }
                    if (before != balance) {
                        points.add(new Point(step.eventTime(), balance));
                    }
                    if (before <= 0 && balance > 0) {
                        openedAt = step.eventTime();
                    } else if (before > 0 && balance <= 0 && openedAt != null) {
                        episodes.add(new Episode(openedAt, step.eventTime(), openedAt + idle, openedAt + 3 * idle));
                        openedAt = null;
                    }
                    if (Payee.of(fund, step.fromId()).holdsMoney() && Payee.of(fund, step.toId()) == Payee.SELLER
                            && !cash.contains(step.eventId())) {
                        marks.add(new Mark(step.eventTime(), "PAYMENT", "paid " + Svg.kzt(step.amount()) + " to "
                                + step.toId()));
                    }
                }
                case Journey.REGISTRATION -> marks.add(new Mark(step.eventTime(), "REGISTRATION",
                        JourneyWording.of(step)));
                case Journey.ALERT -> flags.add(new Mark(step.eventTime(), Alerts.rule(step), JourneyWording.of(step)));
                default -> {
                }
            }
        }
        if (openedAt != null) {
            episodes.add(new Episode(openedAt, null, openedAt + idle, openedAt + 3 * idle));
        }
        for (Episode e : episodes) {
            last = Math.max(last, e.until() == null ? e.limit() : Math.min(e.until(), e.limit()));
        }
        return new IdleStrip(ledger.fundId, fund.maxIdleHours(), first, Math.max(last, first + 3_600_000L), points,
                episodes, marks, flags);
    }
}
