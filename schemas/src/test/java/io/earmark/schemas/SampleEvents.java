package io.earmark.schemas;

import io.earmark.schema.AlertRule;
import io.earmark.schema.AssetRegistered;
import io.earmark.schema.Channel;
import io.earmark.schema.Evidence;
import io.earmark.schema.FundAlert;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.FundState;
import io.earmark.schema.FundStatus;
import io.earmark.schema.Heartbeat;
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import io.earmark.schema.Registry;
import io.earmark.schema.Severity;
import java.time.Instant;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/** Valid example records of every Earmark type with fixed instants, for tests (shipped in the test-jar). */
public final class SampleEvents {
    public static final Instant T0 = Instant.parse("2024-10-01T09:30:00Z");

    private SampleEvents() {
    }

    public static FundEarmarked fundEarmarked() {
        return FundEarmarked.newBuilder()
                .setEventId("ev-f-1").setFundId("fund-1").setProgramme(Programme.AUYL_AMANATY)
                .setOperatorId("OP-BIN-1").setBeneficiaryId("IIN-FARMER-1").setFinancialOrgId("BIN-BANK-1")
                .setAmount(500_000_000L).setPurpose(Purpose.LIVESTOCK)
                .setApprovedSellers(List.of("BIN-SELLER-1", "IIN-SELLER-2"))
                .setExpectedAssetCount(10).setDeclaredAssetValue(480_000_000L).setSubsidyRateBps(null)
                .setMaxIdleHours(72).setRegistrationDeadlineDays(30).setEventTime(T0)
                .build();
    }

    public static FundMovement fundMovement() {
        return FundMovement.newBuilder()
                .setEventId("ev-m-1").setFundId("fund-1").setBankId("HSBKKZKX").setFromId("BIN-BANK-1")
                .setToId("BIN-SELLER-1").setAmount(250_000_000L).setChannel(Channel.TRANSFER)
                .setPurposeCode(null).setEventTime(T0.plusSeconds(3600))
                .build();
    }

    public static AssetRegistered assetRegistered() {
        return AssetRegistered.newBuilder()
                .setEventId("ev-a-1").setRegistry(Registry.LIVESTOCK_IDENTIFICATION).setAssetId("KZ-COW-000123")
                .setAssetType("CATTLE").setOwnerId("IIN-FARMER-1").setSellerId("BIN-SELLER-1").setFundId(null)
                .setActualValue(48_000_000L).setEventTime(T0.plusSeconds(86_400))
                .build();
    }

    public static FundAlert fundAlert() {
        return FundAlert.newBuilder()
                .setAlertId("IDLE_FUNDS:fund-1:2024-10-04T09:30:00Z").setRule(AlertRule.IDLE_FUNDS).setRuleVersion("v1")
                .setSeverity(Severity.MEDIUM).setFundId("fund-1").setProgramme(Programme.AUYL_AMANATY)
                .setBeneficiaryId("IIN-FARMER-1").setFinancialOrgId("BIN-BANK-1").setCounterpartyId(null)
                .setAmountAtRisk(500_000_000L).setDetectedAt(T0.plusSeconds(72 * 3600))
                .setMessage("Fund fund-1 sat idle at BIN-BANK-1 for 72 hours.")
                .setEvidence(List.of(
                        new Evidence("ev-f-1", Topics.FUNDS, T0),
                        new Evidence("ev-m-0", Topics.MOVEMENTS, T0.plusMillis(1_500))))
                .build();
    }

    public static FundStatus fundStatus() {
        return FundStatus.newBuilder()
                .setFundId("fund-1").setProgramme(Programme.AUYL_AMANATY).setBeneficiaryId("IIN-FARMER-1")
                .setFinancialOrgId("BIN-BANK-1").setAmount(500_000_000L).setHeldByFinancialOrg(250_000_000L)
                .setHeldByBeneficiary(0L).setPaidToSellers(250_000_000L).setDiverted(0L).setReturned(0L)
                .setAssetsRegistered(1).setRegisteredValue(48_000_000L).setState(FundState.SPENT).setOpenAlerts(0)
                .setUpdatedAt(T0.plusSeconds(86_400))
                .build();
    }

    public static Heartbeat heartbeat() {
        return Heartbeat.newBuilder().setSource("ticker-1").setPartition(3).setTime(T0.plusSeconds(60)).build();
    }

    /** One of each top-level type. */
    public static List<SpecificRecord> allTypes() {
        return List.of(fundEarmarked(), fundMovement(), assetRegistered(), fundAlert(), fundStatus(), heartbeat());
    }
}
