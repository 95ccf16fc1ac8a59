package io.earmark.producers.simulate;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Programme;

import java.util.EnumSet;
import java.util.Set;

import static io.earmark.schema.Programme.AUYL_AMANATY;
import static io.earmark.schema.Programme.INVESTMENT_SUBSIDY;
import static io.earmark.schema.Programme.MACHINERY_LEASING;
import static io.earmark.schema.Programme.SEC_FUNDS;

/**
 * What the simulator injects into one fund: nothing, or exactly one violation of one rule, and the programmes
 * where that violation makes sense (an oversubsidy needs a subsidy, a diversion needs approved sellers...).
 */
enum Injection {
    NONE(null, EnumSet.allOf(Programme.class)),
    /** The financial organisation sits on the money past maxIdleHours, releases it before 3 × maxIdleHours. */
    IDLE_ONCE(AlertRule.IDLE_FUNDS, EnumSet.allOf(Programme.class)),
    /** ... and still sits on some of it past 3 × maxIdleHours: a MEDIUM and a HIGH alert. */
    IDLE_TWICE(AlertRule.IDLE_FUNDS, EnumSet.allOf(Programme.class)),
    DIVERTED(AlertRule.DIVERTED_FUNDS, EnumSet.of(AUYL_AMANATY, SEC_FUNDS)),
    CASH(AlertRule.CASH_WITHDRAWAL, EnumSet.of(AUYL_AMANATY, SEC_FUNDS)),
    KICKBACK(AlertRule.KICKBACK_SUSPECTED, EnumSet.of(AUYL_AMANATY, MACHINERY_LEASING, SEC_FUNDS)),
    NOT_REGISTERED(AlertRule.ASSET_NOT_REGISTERED, EnumSet.of(AUYL_AMANATY, MACHINERY_LEASING, SEC_FUNDS)),
    /** Fewer heads registered than bought. */
    SHORTFALL_COUNT(AlertRule.ASSET_SHORTFALL, EnumSet.of(AUYL_AMANATY)),
    /** Every head registered, at well under 90 % of what was paid. */
    SHORTFALL_VALUE(AlertRule.ASSET_SHORTFALL, EnumSet.of(AUYL_AMANATY, MACHINERY_LEASING, SEC_FUNDS)),
    OVERSUBSIDY(AlertRule.OVERSUBSIDY, EnumSet.of(INVESTMENT_SUBSIDY)),
    /** One extra registration of an animal already registered against another (clean) fund. */
    DUPLICATE(AlertRule.DUPLICATE_ASSET, EnumSet.of(AUYL_AMANATY)),
    /** The fund is never announced; a bank reports one movement naming it. */
    UNKNOWN_FUND(AlertRule.UNKNOWN_FUND, EnumSet.allOf(Programme.class));

    private final AlertRule rule;
    private final Set<Programme> programmes;

    Injection(AlertRule rule, Set<Programme> programmes) {
        this.rule = rule;
        this.programmes = programmes;
    }

    AlertRule rule() {
        return rule;
    }

    boolean fits(Programme programme) {
        return programmes.contains(programme);
    }

    /** The fund's money includes a surplus over the purchase that the violation spends. */
    boolean needsSurplus() {
        return this == DIVERTED || this == CASH;
    }
}
