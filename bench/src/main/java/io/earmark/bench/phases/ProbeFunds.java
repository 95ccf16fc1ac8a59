package io.earmark.bench.phases;

import io.earmark.schema.Channel;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import java.time.Instant;
import java.util.List;

/**
 * The latency phase's own funds ({@code LAT-0} … {@code LAT-499}): their earmarks, and the diversions on them
 * whose DIVERTED_FUNDS alerts the phase times. The core stage raises that alert as the diversion arrives (the fund
 * being known), so its latency is the pipeline's path, not a deadline's wait. No simulated fund has this prefix.
 */
final class ProbeFunds {

    static final int COUNT = 500;
    private static final String PREFIX = "LAT-";
    private static final String BANK = "990740000683";
    private static final String OUTSIDER = "770101300999";

    private ProbeFunds() {
    }

    static String idOf(long index) {
        return PREFIX + (index % COUNT);
    }

    /** True for the alerts the phase times: those on one of its own funds. */
    static boolean isProbe(String fundId) {
        return fundId != null && fundId.startsWith(PREFIX);
    }

    static FundEarmarked earmark(int f, Instant at) {
        return FundEarmarked.newBuilder().setEventId("E-LAT-" + f).setFundId(idOf(f))
                .setProgramme(Programme.AUYL_AMANATY).setOperatorId("010140003594")
                .setBeneficiaryId(String.format("8503123%05d", f)).setFinancialOrgId(BANK).setAmount(1_000_000_00L)
                .setPurpose(Purpose.LIVESTOCK).setApprovedSellers(List.of("120540012345")).setExpectedAssetCount(0)
                .setDeclaredAssetValue(1_000_000_00L).setMaxIdleHours(72).setRegistrationDeadlineDays(30)
                .setEventTime(at).build();
    }

    /** A transfer from the probe fund's bank account to an outsider: a diversion, alerted on arrival. */
    static FundMovement diversion(String eventId, String fundId, long at) {
        return FundMovement.newBuilder().setEventId(eventId).setFundId(fundId).setBankId("HSBKKZKX").setFromId(BANK)
                .setToId(OUTSIDER).setAmount(100_00L).setChannel(Channel.TRANSFER).setEventTime(Instant.ofEpochMilli(at))
                .build();
    }
}
