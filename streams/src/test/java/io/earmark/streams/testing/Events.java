package io.earmark.streams.testing;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.Channel;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import io.earmark.schema.Registry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fixed test fixtures: one operator, one bank, one beneficiary, one approved seller, and builders with sensible
 * defaults that a test overrides where it matters. All times are relative to {@link #T0}.
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

    public static Instant hours(long h) {
        return T0.plus(Duration.ofHours(h));
    }

    public static Instant days(long d) {
        return T0.plus(Duration.ofDays(d));
    }

    public static FundEarmarked fund(String fundId, Consumer<FundEarmarked.Builder> customize) {
        FundEarmarked.Builder b = FundEarmarked.newBuilder()
                .setEventId("earmark-" + fundId)
                .setFundId(fundId)
                .setProgramme(Programme.AUYL_AMANATY)
                .setOperatorId(OPERATOR)
                .setBeneficiaryId(BENEFICIARY)
                .setFinancialOrgId(BANK)
                .setAmount(AMOUNT)
                .setPurpose(Purpose.LIVESTOCK)
                .setApprovedSellers(List.of(SELLER))
                .setExpectedAssetCount(2)
                .setDeclaredAssetValue(AMOUNT)
                .setSubsidyRateBps(null)
                .setMaxIdleHours(48)
                .setRegistrationDeadlineDays(30)
                .setEventTime(T0);
        customize.accept(b);
        return b.build();
    }

    public static FundEarmarked fund(String fundId) {
        return fund(fundId, b -> { });
    }

    /** The default fund, earmarked at {@code at}. */
    public static FundEarmarked fund(String fundId, Instant at) {
        return fund(fundId, b -> b.setEventTime(at));
    }

    /** The operator pays the fund's whole amount to the bank. */
    public static FundMovement release(String fundId, Instant at) {
        return move("release-" + fundId, fundId, OPERATOR, BANK, AMOUNT, at);
    }

    /** The bank pays {@code amount} of the fund to the outsider: DIVERTED_FUNDS. */
    public static FundMovement diversion(String fundId, long amount, Instant at) {
        return move("divert-" + fundId, fundId, BANK, OUTSIDER, amount, at);
    }

    public static FundMovement move(String eventId, String fundId, String from, String to, long amount, Instant at) {
        return move(eventId, fundId, from, to, amount, at, Channel.TRANSFER);
    }

    public static FundMovement move(String eventId, String fundId, String from, String to, long amount, Instant at,
                                    Channel channel) {
        return FundMovement.newBuilder().setEventId(eventId).setFundId(fundId).setBankId(BIC).setFromId(from)
                .setToId(to).setAmount(amount).setChannel(channel).setPurposeCode(null).setEventTime(at).build();
    }

    public static AssetRegistered asset(String eventId, String assetId, String fundId, long value, Instant at) {
        return asset(eventId, assetId, BENEFICIARY, fundId, value, at, Registry.LIVESTOCK_IDENTIFICATION);
    }

    public static AssetRegistered asset(String eventId, String assetId, String ownerId, String fundId, long value,
                                        Instant at, Registry registry) {
        return AssetRegistered.newBuilder().setEventId(eventId).setRegistry(registry).setAssetId(assetId)
                .setAssetType(registry == Registry.LIVESTOCK_IDENTIFICATION ? "CATTLE" : "TRACTOR")
                .setOwnerId(ownerId).setSellerId(SELLER).setFundId(fundId).setActualValue(value).setEventTime(at)
                .build();
    }
}
