package io.earmark.streams.ledger;

import io.earmark.schema.Channel;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.SellerPayment;
import io.earmark.streams.rules.Money;
import io.earmark.streams.rules.Payee;
import io.earmark.streams.state.FundLedger;

/**
 * Moves a coloured movement's money in the ledger. The holders (financial organisation, beneficiary) keep balances;
 * money coming to a holder from anyone else is "moved in"; money leaving a holder goes to sellers, back to the
 * operator, or is diverted (cash withdrawals included). So at any time
 * {@code movedIn = Σ balances + paidToSellers + returned + diverted}.
 */
final class MoneyFlow {

    /** {@code appliedAt}: where in event-time order the ledger applies it (see {@link SellerPayment}). */
    void apply(FundLedger ledger, Movement movement, long appliedAt, Outcome outcome) {
        Fund fund = ledger.fund;
        Payee from = Payee.of(fund, movement.fromId());
        Payee to = Payee.of(fund, movement.toId());
        long amount = movement.amount();
        if (from.holdsMoney()) {
            String holder = movement.fromId();
            ledger.balances.put(holder, Money.minus("balance", ledger.balanceOf(holder), amount));
            leave(ledger, movement, to, appliedAt, outcome);
        } else if (to.holdsMoney() && movement.channel() != Channel.CASH_WITHDRAWAL) {
            ledger.movedIn = Money.plus("movedIn", ledger.movedIn, amount);
            credit(ledger, movement.toId(), amount);
        }
    }

    private static void leave(FundLedger ledger, Movement movement, Payee to, long appliedAt, Outcome outcome) {
        long amount = movement.amount();
        if (movement.channel() == Channel.CASH_WITHDRAWAL) {
            ledger.diverted = Money.plus("diverted", ledger.diverted, amount);
            return;
        }
        switch (to) {
            case FINANCIAL_ORG, BENEFICIARY -> credit(ledger, movement.toId(), amount);
            case SELLER -> {
                ledger.paidToSellers = Money.plus("paidToSellers", ledger.paidToSellers, amount);
                Fund fund = ledger.fund;
                outcome.sellerPayments.add(new SellerPayment(movement.eventId(), fund.fundId(), fund.programme(),
                        fund.beneficiaryId(), fund.financialOrgId(), movement.toId(), amount, movement.eventTime(),
                        appliedAt));
            }
            case OPERATOR -> ledger.returned = Money.plus("returned", ledger.returned, amount);
            case OUTSIDER -> ledger.diverted = Money.plus("diverted", ledger.diverted, amount);
        }
    }

    private static void credit(FundLedger ledger, String holder, long amount) {
        ledger.balances.put(holder, Money.plus("balance", ledger.balanceOf(holder), amount));
    }
}
