package io.earmark.streams.rules;

import java.util.List;

/**
 * Every fund rule, in the order their verdicts are taken when several answer the same event (a movement's idle
 * deadlines before its registration deadline), which is the order of a ledger's alerts, deadlines and journey.
 */
public final class FundRules {

    private FundRules() {
    }

    public static List<FundRule> all() {
        return List.of(
                new CashWithdrawalRule(),
                new DivertedFundsRule(),
                new IdleFundsRule(),
                new AssetDeadlineRule(),
                new OversubsidyRule(),
                new DuplicateAssetRule(),
                new UnknownFundRule(),
                new KickbackRule());
    }
}
