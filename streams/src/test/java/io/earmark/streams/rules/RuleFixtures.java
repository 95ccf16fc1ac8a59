package io.earmark.streams.rules;

import io.earmark.schema.Channel;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import io.earmark.schema.Registry;
import io.earmark.schemas.Topics;
import io.earmark.streams.model.EvidenceRef;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import io.earmark.streams.model.Registration;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.testing.Events;
import java.time.Duration;
import java.util.List;

/**
 * The cast and the paperwork of the rule tests: one operator, one financial organisation, one farmer (the
 * beneficiary), one approved seller and one outsider, a fund earmarked at {@link #T0}, and builders for the fund, its
 * ledger, movements and registrations. Money in tiyn (100 tiyn = 1 KZT), times in epoch milliseconds.
 */
final class RuleFixtures {

    static final String OPERATOR = Events.OPERATOR;
    static final String BANK = Events.BANK;
    static final String BENEFICIARY = Events.BENEFICIARY;
    static final String SELLER = Events.SELLER;
    static final String OUTSIDER = Events.OUTSIDER;
    static final String BIC = Events.BIC;

    static final String FUND_ID = "F-1";
    /** 2024-10-01T09:00:00Z, when the fund is earmarked. */
    static final long T0 = Events.T0.toEpochMilli();

    /** The thresholds of DESIGN.md, as shipped. */
    static final Thresholds SHIPPED = RuleBook.shipped().defaults();

    private RuleFixtures() {
    }

    static long kzt(long wholeTenge) {
        return wholeTenge * 100;
    }

    static long hoursAfterT0(long hours) {
        return T0 + Duration.ofHours(hours).toMillis();
    }

    static long daysAfterT0(long days) {
        return T0 + Duration.ofDays(days).toMillis();
    }

    static long hours(long hours) {
        return Duration.ofHours(hours).toMillis();
    }

    static long days(long days) {
        return Duration.ofDays(days).toMillis();
    }

    /** The default fund: a livestock loan of 5,000,000 KZT for two animals from the approved seller. */
    static FundBuilder aFund() {
        return new FundBuilder();
    }

    /** The ledger of a known fund, with nothing moved or registered yet. */
    static FundLedger ledgerOf(Fund fund) {
        FundLedger ledger = FundLedger.open(fund.fundId());
        ledger.fund = fund;
        return ledger;
    }

    /** The ledger of a fund whose earmark has not arrived. */
    static FundLedger unknownLedger(String fundId) {
        return FundLedger.open(fundId);
    }

    /** A transfer of the fund's money. */
    static Movement transfer(String eventId, String from, String to, long amount, long at) {
        return movement(eventId, from, to, amount, at, Channel.TRANSFER);
    }

    static Movement movement(String eventId, String from, String to, long amount, long at, Channel channel) {
        return new Movement(eventId, FUND_ID, BIC, from, to, amount, channel, null, at);
    }

    /** A transfer that names no fund (uncoloured money). */
    static Movement uncoloured(String eventId, String from, String to, long amount, long at) {
        return new Movement(eventId, null, BIC, from, to, amount, Channel.TRANSFER, null, at);
    }

    /** A head of cattle registered to the farmer against the fund. */
    static Registration cattle(String eventId, String assetId, long value, long at) {
        return new Registration(eventId, Registry.LIVESTOCK_IDENTIFICATION, assetId, "CATTLE", BENEFICIARY, SELLER,
                FUND_ID, value, at);
    }

    /** Registers the asset in the ledger as the ledger book would before the rules read it. */
    static void register(FundLedger ledger, Registration registration) {
        ledger.assets.add(registration);
        ledger.registeredValue += registration.actualValue();
    }

    static EvidenceRef movementEvidence(String eventId, long at) {
        return new EvidenceRef(eventId, Topics.MOVEMENTS, at);
    }

    static EvidenceRef assetEvidence(String eventId, long at) {
        return new EvidenceRef(eventId, Topics.ASSETS, at);
    }

    static EvidenceRef fundEvidence(String eventId, long at) {
        return new EvidenceRef(eventId, Topics.FUNDS, at);
    }

    /**
     * A fund with the defaults of {@link Events#fund(String)} (the earmark the topology tests use); a test changes only
     * what it is about.
     */
    static final class FundBuilder {
        private final FundEarmarked.Builder earmark = FundEarmarked.newBuilder(Events.fund(FUND_ID));

        FundBuilder programme(Programme value) {
            earmark.setProgramme(value);
            return this;
        }

        /** The amount earmarked, and the asset value declared with it. */
        FundBuilder amount(long value) {
            earmark.setAmount(value).setDeclaredAssetValue(value);
            return this;
        }

        FundBuilder purpose(Purpose value) {
            earmark.setPurpose(value);
            return this;
        }

        FundBuilder approvedSellers(String... sellers) {
            earmark.setApprovedSellers(List.of(sellers));
            return this;
        }

        FundBuilder expectedAssets(int count) {
            earmark.setExpectedAssetCount(count);
            return this;
        }

        FundBuilder subsidyRateBps(Integer bps) {
            earmark.setSubsidyRateBps(bps);
            return this;
        }

        FundBuilder maxIdleHours(int hours) {
            earmark.setMaxIdleHours(hours);
            return this;
        }

        FundBuilder registrationDeadlineDays(int days) {
            earmark.setRegistrationDeadlineDays(days);
            return this;
        }

        /** An investment subsidy at {@code rateBps} of the leased items' value (5000 = 50 %). */
        FundBuilder investmentSubsidy(int rateBps) {
            return programme(Programme.INVESTMENT_SUBSIDY).purpose(Purpose.LEASED_EQUIPMENT).subsidyRateBps(rateBps);
        }

        Fund build() {
            return Fund.of(earmark.build());
        }
    }
}
