package io.earmark.streams.ledger;

import io.earmark.schema.FundState;
import io.earmark.schema.FundStatus;
import io.earmark.streams.rules.AssetDeadlineRule;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.state.FundLedger;
import java.time.Instant;

/** Turns a known fund's ledger into the {@code FundStatus} published on the compacted status topic. */
public final class StatusView {

    private final RuleBook rules;

    public StatusView(RuleBook rules) {
        this.rules = rules;
    }

    public FundStatus of(FundLedger ledger) {
        return FundStatus.newBuilder()
                .setFundId(ledger.fund.fundId())
                .setProgramme(ledger.fund.programme())
                .setBeneficiaryId(ledger.fund.beneficiaryId())
                .setFinancialOrgId(ledger.fund.financialOrgId())
                .setAmount(ledger.fund.amount())
                .setHeldByFinancialOrg(ledger.heldByFinancialOrg())
                .setHeldByBeneficiary(ledger.heldByBeneficiary())
                .setPaidToSellers(ledger.paidToSellers)
                .setDiverted(ledger.diverted)
                .setReturned(ledger.returned)
                .setAssetsRegistered(ledger.assetsRegistered())
                .setRegisteredValue(ledger.registeredValue)
                .setState(stateOf(ledger))
                .setOpenAlerts(ledger.alertIds.size())
                .setUpdatedAt(Instant.ofEpochMilli(ledger.updatedAt))
                .build();
    }

    /** FLAGGED beats VERIFIED beats where the money is now. */
    FundState stateOf(FundLedger ledger) {
        if (!ledger.alertIds.isEmpty()) {
            return FundState.FLAGGED;
        }
        if (ledger.fund.expectedAssetCount() > 0 && ledger.paidToSellers > 0
                && AssetDeadlineRule.covered(ledger, rules.forProgramme(ledger.fund.programme()))) {
            return FundState.VERIFIED;
        }
        if (ledger.heldByFinancialOrg() > 0) {
            return FundState.IN_FINANCIAL_ORG;
        }
        if (ledger.heldByBeneficiary() > 0) {
            return FundState.WITH_BENEFICIARY;
        }
        if (ledger.paidToSellers > 0) {
            return FundState.SPENT;
        }
        return FundState.EARMARKED;
    }
}
