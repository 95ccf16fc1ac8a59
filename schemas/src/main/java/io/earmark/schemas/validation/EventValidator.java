package io.earmark.schemas.validation;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.FundAlert;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.FundStatus;
import io.earmark.schema.Heartbeat;
import java.util.List;
import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;

/**
 * The business rules a decoded input event must meet before it reaches the pipeline's rules (DESIGN.md "Events").
 * In: a FundEarmarked, FundMovement or AssetRegistered. Out: the violations (empty when valid), or an
 * {@link InvalidEventException} naming the first one. Values beyond {@link Bounds} are {@code OUT_OF_RANGE}
 * violations. A heartbeat is only checked for its time (a heartbeat far in the future would fire every deadline);
 * pipeline outputs (FundAlert, FundStatus) are not checked here.
 */
public final class EventValidator {
    private EventValidator() {
    }

    /** Every rule the event breaks, in field order; empty when valid. */
    public static List<Violation> violations(SpecificRecord event) {
        Objects.requireNonNull(event, "event");
        if (event instanceof FundEarmarked fund) {
            return fundEarmarked(fund);
        }
        if (event instanceof FundMovement movement) {
            return fundMovement(movement);
        }
        if (event instanceof AssetRegistered asset) {
            return assetRegistered(asset);
        }
        if (event instanceof Heartbeat heartbeat) {
            return heartbeat(heartbeat);
        }
        if (event instanceof FundAlert || event instanceof FundStatus) {
            return List.of();
        }
        throw new IllegalArgumentException("not an Earmark event: " + event.getSchema().getFullName());
    }

    /** @throws InvalidEventException for the first violation */
    public static void validate(SpecificRecord event) {
        List<Violation> violations = violations(event);
        if (!violations.isEmpty()) {
            throw new InvalidEventException(violations.get(0));
        }
    }

    private static List<Violation> fundEarmarked(FundEarmarked e) {
        return new Checks()
                .requiredId("eventId", e.getEventId())
                .requiredId("fundId", e.getFundId())
                .notNull("programme", e.getProgramme())
                .requiredId("operatorId", e.getOperatorId())
                .requiredId("beneficiaryId", e.getBeneficiaryId())
                .requiredId("financialOrgId", e.getFinancialOrgId())
                .positiveMoney("amount", e.getAmount())
                .notNull("purpose", e.getPurpose())
                .idList("approvedSellers", e.getApprovedSellers(), Bounds.MAX_APPROVED_SELLERS)
                .nonNegative("expectedAssetCount", e.getExpectedAssetCount(), Bounds.MAX_EXPECTED_ASSETS)
                .money("declaredAssetValue", e.getDeclaredAssetValue())
                .between("subsidyRateBps", e.getSubsidyRateBps(), 0, Bounds.MAX_RATE_BPS)
                .positive("maxIdleHours", e.getMaxIdleHours(), Bounds.MAX_IDLE_HOURS)
                .positive("registrationDeadlineDays", e.getRegistrationDeadlineDays(), Bounds.MAX_REGISTRATION_DAYS)
                .eventTime("eventTime", e.getEventTime())
                .violations();
    }

    private static List<Violation> fundMovement(FundMovement e) {
        return new Checks()
                .requiredId("eventId", e.getEventId())
                .optionalId("fundId", e.getFundId())
                .requiredId("bankId", e.getBankId())
                .requiredId("fromId", e.getFromId())
                .requiredId("toId", e.getToId())
                .positiveMoney("amount", e.getAmount())
                .notNull("channel", e.getChannel())
                .shortText("purposeCode", e.getPurposeCode())
                .eventTime("eventTime", e.getEventTime())
                .violations();
    }

    private static List<Violation> heartbeat(Heartbeat e) {
        Checks checks = new Checks();
        return e.getTime() == null ? checks.violations() : checks.eventTime("time", e.getTime()).violations();
    }

    private static List<Violation> assetRegistered(AssetRegistered e) {
        return new Checks()
                .requiredId("eventId", e.getEventId())
                .notNull("registry", e.getRegistry())
                .requiredId("assetId", e.getAssetId())
                .requiredId("assetType", e.getAssetType())
                .requiredId("ownerId", e.getOwnerId())
                .optionalId("fundId", e.getFundId())
                .shortText("sellerId", e.getSellerId())
                .money("actualValue", e.getActualValue())
                .eventTime("eventTime", e.getEventTime())
                .violations();
    }
}
