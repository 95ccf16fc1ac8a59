package io.earmark.schemas.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.Heartbeat;
import io.earmark.schemas.SampleEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

/** Every bound of DESIGN.md's "No single record can stop detection": the bound itself passes, one past it does not. */
class BoundsTest {

    private static final long MONEY = 100_000_000_000_000L;
    private static final String ID_128 = "I".repeat(128);
    private static final String ID_129 = "I".repeat(129);

    @Test
    void shouldBoundEveryAmountAndValueOfAnEarmark() {
        assertBound(f -> f.setAmount(MONEY), f -> f.setAmount(MONEY + 1), "amount");
        assertBound(f -> f.setAmount(MONEY), f -> f.setAmount(Long.MAX_VALUE), "amount");
        assertBound(f -> f.setDeclaredAssetValue(MONEY), f -> f.setDeclaredAssetValue(MONEY + 1), "declaredAssetValue");
        assertBound(f -> f.setExpectedAssetCount(100_000), f -> f.setExpectedAssetCount(100_001), "expectedAssetCount");
        assertBound(f -> f.setExpectedAssetCount(100_000), f -> f.setExpectedAssetCount(Integer.MAX_VALUE),
                "expectedAssetCount");
        assertBound(f -> f.setMaxIdleHours(87_600), f -> f.setMaxIdleHours(87_601), "maxIdleHours");
        assertBound(f -> f.setRegistrationDeadlineDays(3_650), f -> f.setRegistrationDeadlineDays(3_651),
                "registrationDeadlineDays");
        assertBound(f -> f.setSubsidyRateBps(10_000), f -> f.setSubsidyRateBps(10_001), "subsidyRateBps");
        assertBound(f -> f.setSubsidyRateBps(0), f -> f.setSubsidyRateBps(-1), "subsidyRateBps");
    }

    @Test
    void shouldBoundIdsAndTheApprovedSellers() {
        assertBound(f -> f.setFundId(ID_128), f -> f.setFundId(ID_129), "fundId");
        assertBound(f -> f.setBeneficiaryId(ID_128), f -> f.setBeneficiaryId(ID_129), "beneficiaryId");
        assertBound(f -> f.setApprovedSellers(sellers(1_000)), f -> f.setApprovedSellers(sellers(1_001)),
                "approvedSellers");
        assertBound(f -> f.setApprovedSellers(List.of(ID_128)), f -> f.setApprovedSellers(List.of("S", ID_129)),
                "approvedSellers[1]");
    }

    @Test
    void shouldBoundMovementsAndRegistrations() {
        FundMovement movement = SampleEvents.fundMovement();
        movement.setAmount(MONEY);
        assertThat(EventValidator.violations(movement)).isEmpty();
        movement.setAmount(MONEY + 1);
        assertOutOfRange(movement, "amount");
        movement = SampleEvents.fundMovement();
        movement.setToId(ID_129);
        assertOutOfRange(movement, "toId");
        movement = SampleEvents.fundMovement();
        movement.setPurposeCode(ID_129);
        assertOutOfRange(movement, "purposeCode");

        AssetRegistered asset = SampleEvents.assetRegistered();
        asset.setActualValue(MONEY);
        assertThat(EventValidator.violations(asset)).isEmpty();
        asset.setActualValue(Long.MAX_VALUE);
        assertOutOfRange(asset, "actualValue");
        asset = SampleEvents.assetRegistered();
        asset.setAssetId(ID_129);
        assertOutOfRange(asset, "assetId");
        asset = SampleEvents.assetRegistered();
        asset.setSellerId(ID_129);
        assertOutOfRange(asset, "sellerId");
    }

    @Test
    void shouldBoundAHeartbeatsTime() {
        Heartbeat beat = SampleEvents.heartbeat();
        beat.setTime(Instant.parse("2100-01-01T00:00:00Z"));
        assertOutOfRange(beat, "time");
        beat.setTime(Instant.ofEpochMilli(Long.MAX_VALUE));
        assertOutOfRange(beat, "time");
        beat.setTime(Instant.parse("2099-12-31T23:59:59.999Z"));
        assertThat(EventValidator.violations(beat)).isEmpty();
    }

    @Test
    void shouldCarryTheReasonCodeInTheException() {
        FundMovement movement = SampleEvents.fundMovement();
        movement.setAmount(Long.MAX_VALUE);
        assertThatThrownBy(() -> EventValidator.validate(movement))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> {
                    assertThat(e.code()).isEqualTo("OUT_OF_RANGE");
                    assertThat(e.field()).isEqualTo("amount");
                });
    }

    private static void assertBound(Consumer<FundEarmarked> atBound, Consumer<FundEarmarked> beyond, String field) {
        FundEarmarked fund = SampleEvents.fundEarmarked();
        atBound.accept(fund);
        assertThat(EventValidator.violations(fund)).as("%s at its bound", field).isEmpty();
        fund = SampleEvents.fundEarmarked();
        beyond.accept(fund);
        assertOutOfRange(fund, field);
    }

    private static void assertOutOfRange(SpecificRecord event, String field) {
        List<Violation> violations = EventValidator.violations(event);
        assertThat(violations).as("violations of %s", field).hasSize(1);
        assertThat(violations.get(0).field()).isEqualTo(field);
        assertThat(violations.get(0).code()).isEqualTo("OUT_OF_RANGE");
    }

    private static List<String> sellers(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add("S" + i);
        }
        return ids;
    }
}
