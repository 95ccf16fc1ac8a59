package io.earmark.schemas.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.Evidence;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.Heartbeat;
import io.earmark.schemas.SampleEvents;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

class EventValidatorTest {

    @Test
    void shouldAcceptTheValidSamplesOfEveryType() {
        for (SpecificRecord record : SampleEvents.allTypes()) {
            assertThat(EventValidator.violations(record)).as(record.getSchema().getName()).isEmpty();
        }
    }

    @Test
    void shouldRequireNonBlankIdsOnFundEarmarked() {
        FundEarmarked fund = SampleEvents.fundEarmarked();
        fund.setEventId(null);
        fund.setFundId(" ");
        fund.setOperatorId("");
        fund.setBeneficiaryId(null);
        fund.setFinancialOrgId("\t");

        assertThat(EventValidator.violations(fund)).containsExactly(
                new Violation("eventId", "must not be null"),
                new Violation("fundId", "must not be blank"),
                new Violation("operatorId", "must not be blank"),
                new Violation("beneficiaryId", "must not be null"),
                new Violation("financialOrgId", "must not be blank"));
    }

    @Test
    void shouldCheckTheNumbersOfFundEarmarked() {
        FundEarmarked fund = SampleEvents.fundEarmarked();
        fund.setAmount(0L);
        fund.setDeclaredAssetValue(-1L);
        fund.setExpectedAssetCount(-2);
        fund.setMaxIdleHours(0);
        fund.setRegistrationDeadlineDays(-30);
        fund.setSubsidyRateBps(10_001);

        assertThat(EventValidator.violations(fund)).extracting(Violation::field).containsExactly(
                "amount", "expectedAssetCount", "declaredAssetValue", "subsidyRateBps", "maxIdleHours",
                "registrationDeadlineDays");
        assertThat(EventValidator.violations(fund).get(0).reason()).isEqualTo("must be > 0, was 0");
        assertThat(EventValidator.violations(fund).get(3).reason()).isEqualTo("must be between 0 and 10000, was 10001");
    }

    @Test
    void shouldAcceptTheBoundsOfFundEarmarkedNumbers() {
        FundEarmarked fund = SampleEvents.fundEarmarked();
        fund.setAmount(1L);
        fund.setDeclaredAssetValue(0L);
        fund.setExpectedAssetCount(0);
        fund.setSubsidyRateBps(10_000);
        fund.setMaxIdleHours(1);
        fund.setRegistrationDeadlineDays(1);
        fund.setApprovedSellers(List.of());

        assertThat(EventValidator.violations(fund)).isEmpty();
        fund.setSubsidyRateBps(0);
        assertThat(EventValidator.violations(fund)).isEmpty();
    }

    @Test
    void shouldRejectMissingOrBlankApprovedSellers() {
        FundEarmarked fund = SampleEvents.fundEarmarked();
        fund.setApprovedSellers(Arrays.asList("BIN-1", " ", null));

        assertThat(EventValidator.violations(fund)).containsExactly(
                new Violation("approvedSellers[1]", "must not be blank"),
                new Violation("approvedSellers[2]", "must not be null"));
        fund.setApprovedSellers(null);
        assertThat(EventValidator.violations(fund)).extracting(Violation::field).containsExactly("approvedSellers");
    }

    @Test
    void shouldRequireAPositiveMovementAmountAndNonBlankParties() {
        FundMovement movement = SampleEvents.fundMovement();
        movement.setAmount(-5L);
        movement.setBankId(" ");
        movement.setFromId(null);
        movement.setToId("");

        assertThat(EventValidator.violations(movement)).containsExactly(
                new Violation("bankId", "must not be blank"),
                new Violation("fromId", "must not be null"),
                new Violation("toId", "must not be blank"),
                new Violation("amount", "must be > 0, was -5"));
    }

    @Test
    void shouldAllowAnUncolouredMovementButNotABlankFundId() {
        FundMovement movement = SampleEvents.fundMovement();
        movement.setFundId(null);
        assertThat(EventValidator.violations(movement)).isEmpty();

        movement.setFundId("  ");
        assertThat(EventValidator.violations(movement)).containsExactly(
                new Violation("fundId", "must not be blank when present"));
    }

    @Test
    void shouldRequireAnEventTimeInTheFixedRange() {
        FundMovement movement = SampleEvents.fundMovement();
        movement.setEventTime(Instant.EPOCH);
        assertThat(EventValidator.violations(movement)).extracting(Violation::field, Violation::kind)
                .containsExactly(tuple("eventTime", Violation.Kind.OUT_OF_RANGE));

        movement.put("eventTime", null); // the generated setter refuses null
        assertThat(EventValidator.violations(movement)).containsExactly(new Violation("eventTime", "must not be null"));

        movement.setEventTime(Instant.parse("2000-01-01T00:00:00Z"));
        assertThat(EventValidator.violations(movement)).isEmpty();
        movement.setEventTime(Instant.parse("2099-12-31T23:59:59.999Z"));
        assertThat(EventValidator.violations(movement)).isEmpty();
        movement.setEventTime(Instant.parse("1999-12-31T23:59:59.999Z"));
        assertThat(EventValidator.violations(movement)).extracting(Violation::code).containsExactly("OUT_OF_RANGE");
        movement.setEventTime(Instant.parse("2100-01-01T00:00:00Z"));
        assertThat(EventValidator.violations(movement)).extracting(Violation::code).containsExactly("OUT_OF_RANGE");
    }

    @Test
    void shouldCheckAssetIdsValueAndOptionalFund() {
        AssetRegistered asset = SampleEvents.assetRegistered();
        asset.setAssetId(" ");
        asset.setAssetType(null);
        asset.setOwnerId("");
        asset.setFundId("");
        asset.setActualValue(-1L);

        assertThat(EventValidator.violations(asset)).extracting(Violation::field)
                .containsExactly("assetId", "assetType", "ownerId", "fundId", "actualValue");
        asset = SampleEvents.assetRegistered();
        asset.setActualValue(0L);
        assertThat(EventValidator.violations(asset)).isEmpty();
    }

    @Test
    void shouldTreatEveryHeartbeatAsValid() {
        assertThat(EventValidator.violations(new Heartbeat())).isEmpty();
    }

    @Test
    void shouldThrowNamingTheFirstViolatedField() {
        FundMovement movement = SampleEvents.fundMovement();
        movement.setAmount(0L);

        assertThatThrownBy(() -> EventValidator.validate(movement))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("invalid field \"amount\": must be > 0, was 0")
                .satisfies(e -> {
                    assertThat(((InvalidEventException) e).field()).isEqualTo("amount");
                    assertThat(((InvalidEventException) e).reason()).isEqualTo("must be > 0, was 0");
                });
    }

    @Test
    void shouldNotThrowForAValidEvent() {
        EventValidator.validate(SampleEvents.fundEarmarked());
        assertThat(EventValidator.violations(SampleEvents.fundEarmarked())).isEmpty();
    }

    @Test
    void shouldRefuseRecordsThatAreNotEarmarkEvents() {
        assertThatThrownBy(() -> EventValidator.violations(new Evidence("e", "t", Instant.now())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Evidence");
    }
}
