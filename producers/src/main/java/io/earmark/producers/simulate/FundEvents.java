package io.earmark.producers.simulate;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.Channel;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.Registry;
import org.apache.avro.specific.SpecificRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the events that touch one fund (its earmark, its coloured movements, its registrations and the
 * uncoloured transfers between its seller and beneficiary) and keeps their eventTimes distinct: an instant
 * already used by the fund moves on by a second. Each method returns the instant actually used.
 */
final class FundEvents {
    /** Illustrative payment purpose codes (KNP): funding of a programme, loan issue, goods, refund, cash. */
    static final String KNP_FUNDING = "092";
    static final String KNP_LOAN = "421";
    static final String KNP_GOODS = "710";
    static final String KNP_REFUND = "840";
    static final String KNP_CASH = "341";

    private final FundPlan plan;
    private final IdFactory ids;
    private final List<ScenarioEvent> events = new ArrayList<>();
    private final Set<Instant> used = new HashSet<>();
    private final long[] sequence;

    /** @param sequence the scenario's shared creation counter (one element) */
    FundEvents(FundPlan plan, IdFactory ids, long[] sequence) {
        this.plan = plan;
        this.ids = ids;
        this.sequence = sequence;
    }

    Instant earmark(Instant at) {
        Instant t = free(at);
        FundPlan p = plan;
        add(FundEarmarked.newBuilder().setEventId("EMK-" + p.fundId()).setFundId(p.fundId())
                .setProgramme(p.programme()).setOperatorId(p.operator().id()).setBeneficiaryId(p.beneficiary().id())
                .setFinancialOrgId(p.financialOrg().id()).setAmount(p.amount()).setPurpose(p.purpose())
                .setApprovedSellers(p.approvedSellers() ? p.sellers().stream().map(Party::id).toList() : List.of())
                .setExpectedAssetCount(p.items().size()).setDeclaredAssetValue(p.declaredValue())
                .setSubsidyRateBps(p.subsidyRateBps()).setMaxIdleHours(p.maxIdleHours())
                .setRegistrationDeadlineDays(p.registrationDeadlineDays()).setEventTime(t).build(), t);
        return t;
    }

    /** A transfer; {@code fundId} null makes it uncoloured. The payer's bank reports it. */
    Instant move(String fundId, Party from, Party to, long amount, Channel channel, String knp, Instant at) {
        Instant t = free(at);
        add(FundMovement.newBuilder().setEventId(ids.eventId(from.bic().substring(0, 4))).setFundId(fundId)
                .setBankId(from.bic()).setFromId(from.id()).setToId(to.id()).setAmount(amount).setChannel(channel)
                .setPurposeCode(knp).setEventTime(t).build(), t);
        return t;
    }

    Instant register(Registry registry, String assetId, String assetType, Party seller, String fundId,
                     long actualValue, Instant at) {
        Instant t = free(at);
        String prefix = switch (registry) {
            case LIVESTOCK_IDENTIFICATION -> "ISZH";
            case MACHINERY_REGISTRY -> "GTN";
            case LEASE_REGISTRY -> "LR";
        };
        add(AssetRegistered.newBuilder().setEventId(ids.eventId(prefix)).setRegistry(registry).setAssetId(assetId)
                .setAssetType(assetType).setOwnerId(plan.beneficiary().id()).setSellerId(seller.id())
                .setFundId(fundId).setActualValue(actualValue).setEventTime(t).build(), t);
        return t;
    }

    List<ScenarioEvent> events() {
        return events;
    }

    private Instant free(Instant at) {
        Instant t = at;
        while (!used.add(t)) {
            t = t.plusSeconds(1);
        }
        return t;
    }

    private void add(SpecificRecord record, Instant t) {
        events.add(new ScenarioEvent(record, t, sequence[0]++));
    }
}
