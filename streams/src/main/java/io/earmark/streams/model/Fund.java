package io.earmark.streams.model;

import io.earmark.schema.FundEarmarked;
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import java.util.List;

/** An earmarked fund as the pipeline sees it: the {@link FundEarmarked} event in plain Java. */
public record Fund(
        String eventId,
        String fundId,
        Programme programme,
        String operatorId,
        String beneficiaryId,
        String financialOrgId,
        long amount,
        Purpose purpose,
        List<String> approvedSellers,
        int expectedAssetCount,
        long declaredAssetValue,
        Integer subsidyRateBps,
        int maxIdleHours,
        int registrationDeadlineDays,
        long eventTime) implements Payload {

    @Override
    public String orderTag() {
        return "Fund";
    }

    public static Fund of(FundEarmarked e) {
        return new Fund(e.getEventId(), e.getFundId(), e.getProgramme(), e.getOperatorId(), e.getBeneficiaryId(),
                e.getFinancialOrgId(), e.getAmount(), e.getPurpose(), List.copyOf(e.getApprovedSellers()),
                e.getExpectedAssetCount(), e.getDeclaredAssetValue(), e.getSubsidyRateBps(), e.getMaxIdleHours(),
                e.getRegistrationDeadlineDays(), e.getEventTime().toEpochMilli());
    }

    public boolean hasApprovedSellers() {
        return !approvedSellers.isEmpty();
    }

    @Override
    public String orderingId() {
        return eventId;
    }
}
