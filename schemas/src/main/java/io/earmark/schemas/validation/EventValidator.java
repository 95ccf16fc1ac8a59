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
 * {@link InvalidEventException} naming the first one. Heartbeats are always valid; pipeline outputs (FundAlert,
 * FundStatus) are not checked here.
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
        if (event instanceof Heartbeat || event instanceof FundAlert || event instanceof FundStatus) {
            return List.of();
        }
        throw new IllegalArgumentException("not an Earmark event: " + event.getSchema().getFullName());
    }

    /** @throws InvalidEventException for the first violation */
    public static void validate(SpecificRecord event) {
        List<Violation> violations = violations(event);
        if (!violations.isEmpty()) {
            throw new InvalidEventException(violations.get(0).field(), violations.get(0).reason());
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
                .positive("amount", e.getAmount())
                .notNull("purpose", e.getPurpose())
                .idList("approvedSellers", e.getApprovedSellers())
                .nonNegative("expectedAssetCount", e.getExpectedAssetCount())
                .nonNegative("declaredAssetValue", e.getDeclaredAssetValue())
                .between("subsidyRateBps", e.getSubsidyRateBps(), 0, 10_000)
                .positive("maxIdleHours", e.getMaxIdleHours())
                .positive("registrationDeadlineDays", e.getRegistrationDeadlineDays())
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
                .positive("amount", e.getAmount())
                .notNull("channel", e.getChannel())
                .eventTime("eventTime", e.getEventTime())
                .violations();
    }

    private static List<Violation> assetRegistered(AssetRegistered e) {
        return new Checks()
                .requiredId("eventId", e.getEventId())
                .notNull("registry", e.getRegistry())
                .requiredId("assetId", e.getAssetId())
                .requiredId("assetType", e.getAssetType())
                .requiredId("ownerId", e.getOwnerId())
                .optionalId("fundId", e.getFundId())
                .nonNegative("actualValue", e.getActualValue())
                .eventTime("eventTime", e.getEventTime())
                .violations();
    }
}
