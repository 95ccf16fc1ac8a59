package io.earmark.streams.rules;

import io.earmark.streams.state.FundLedger;

/**
 * One alert rule of DESIGN.md: given what happened to a fund and the fund's ledger, what to raise and what to look at
 * again later. A rule only reads: the ledger book changes the ledger, raises each alert once and schedules the
 * deadlines. Most rules answer {@link Verdict#none()} to most events.
 */
public interface FundRule {

    /**
     * @param thresholds the thresholds of the fund's programme (the rule book's defaults while the fund is unknown)
     */
    Verdict decide(FundEvent event, FundLedger ledger, Thresholds thresholds);
}
