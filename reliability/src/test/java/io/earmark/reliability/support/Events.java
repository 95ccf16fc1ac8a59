package io.earmark.reliability.support;

import io.earmark.schema.Channel;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Valid input events for the reliability tests: one operator, bank, beneficiary and approved seller, and an outsider
 * whose receipt of coloured money is a diversion. Times are relative to {@link #T0}.
 */
public final class Events {
    public static final Instant T0 = Instant.parse("2024-10-01T09:00:00Z");
    public static final String OPERATOR = "010140003594";
    public static final String BANK = "990740000683";
    public static final String BENEFICIARY = "850312300456";
    public static final String SELLER = "120540012345";
    public static final String OUTSIDER = "770101300999";
    public static final String BIC = "HSBKKZKX";
    public static final long AMOUNT = 5_000_000_00L;

    private Events() {
    }

    public static Instant minutes(long m) {
        return T0.plus(Duration.ofMinutes(m));
    }

    /** A livestock fund of {@link #AMOUNT} with one approved seller, idle after 48 h, earmarked at {@code at}. */
    public static FundEarmarked fund(String fundId, Instant at) {
        return FundEarmarked.newBuilder()
                .setEventId("earmark-" + fundId).setFundId(fundId).setProgramme(Programme.AUYL_AMANATY)
                .setOperatorId(OPERATOR).setBeneficiaryId(BENEFICIARY).setFinancialOrgId(BANK).setAmount(AMOUNT)
                .setPurpose(Purpose.LIVESTOCK).setApprovedSellers(List.of(SELLER)).setExpectedAssetCount(2)
                .setDeclaredAssetValue(AMOUNT).setSubsidyRateBps(null).setMaxIdleHours(48)
                .setRegistrationDeadlineDays(30).setEventTime(at)
                .build();
    }

    public static FundMovement movement(String eventId, String fundId, String from, String to, long amount,
                                        Instant at) {
        return FundMovement.newBuilder().setEventId(eventId).setFundId(fundId).setBankId(BIC).setFromId(from)
                .setToId(to).setAmount(amount).setChannel(Channel.TRANSFER).setPurposeCode(null).setEventTime(at)
                .build();
    }

    /** The operator pays the fund's money to the bank. */
    public static FundMovement release(String fundId, Instant at) {
        return movement("release-" + fundId, fundId, OPERATOR, BANK, AMOUNT, at);
    }

    /** The bank pays {@code amount} of the fund to the outsider: DIVERTED_FUNDS. */
    public static FundMovement diversion(String fundId, long amount, Instant at) {
        return movement("divert-" + fundId, fundId, BANK, OUTSIDER, amount, at);
    }
}
