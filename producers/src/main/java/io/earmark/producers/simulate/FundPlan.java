package io.earmark.producers.simulate;

import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything decided about one fund before its events are drawn: who takes part, what it buys, how much money.
 *
 * @param direct            the financial organisation pays the sellers itself (leasing); otherwise it lends to the
 *                          beneficiary, who pays the sellers
 * @param registryKnowsFund registry records name the fund; otherwise they are matched by owner
 */
record FundPlan(String fundId, Programme programme, Purpose purpose, Party operator, Party financialOrg,
                Party beneficiary, List<Party> sellers, boolean approvedSellers, List<Item> items, long amount,
                Integer subsidyRateBps, int maxIdleHours, int registrationDeadlineDays, boolean direct,
                boolean registryKnowsFund) {

    long declaredValue() {
        return items.stream().mapToLong(Item::price).sum();
    }

    /** What the fund pays each seller, in the order of {@link #sellers()}: a subsidy pays its whole amount. */
    Map<Party, Long> sellerPayments() {
        Map<Party, Long> payments = new LinkedHashMap<>();
        if (programme == Programme.INVESTMENT_SUBSIDY) {
            payments.put(sellers.get(0), amount);
            return payments;
        }
        sellers.forEach(s -> payments.put(s, 0L));
        items.forEach(i -> payments.merge(i.seller(), i.price(), Long::sum));
        return payments;
    }

    long paidToSellers() {
        return sellerPayments().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Money that stays with the beneficiary (or that a violation spends): amount minus the purchase. */
    long surplus() {
        return amount - paidToSellers();
    }
}
