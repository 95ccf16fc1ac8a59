package io.earmark.streams.replay.report;

import io.earmark.schema.AlertRule;
import io.earmark.schema.Channel;
import io.earmark.streams.ledger.Journey;
import io.earmark.streams.model.Fund;
import io.earmark.streams.rules.Payee;

/** Plain words for a reader who has never seen Kafka: what a rule means, what a step was, who a party is. */
public final class Wording {

    private Wording() {
    }

    public static String rule(AlertRule rule) {
        return switch (rule) {
            case IDLE_FUNDS -> "Money sat idle at the financial organisation";
            case DIVERTED_FUNDS -> "Money went to a party it was not meant for";
            case CASH_WITHDRAWAL -> "Earmarked money was withdrawn in cash";
            case KICKBACK_SUSPECTED -> "A seller sent money back to the beneficiary (suspected kickback)";
            case ASSET_NOT_REGISTERED -> "Nothing bought was registered by the deadline";
            case ASSET_SHORTFALL -> "Too few assets, or too little value, registered by the deadline";
            case OVERSUBSIDY -> "The subsidy exceeds its allowed share of the asset's actual value";
            case DUPLICATE_ASSET -> "An asset already counted for another fund was registered again";
            case UNKNOWN_FUND -> "A bank reported money of a fund nobody announced";
        };
    }

    /** A journey step's kind in words; {@code channel} refines a movement (null when unknown). */
    public static String step(String kind, Channel channel) {
        return switch (kind) {
            case Journey.EARMARKED -> "Money earmarked";
            case Journey.MOVEMENT -> channel == Channel.CASH_WITHDRAWAL ? "Cash withdrawal"
                    : channel == Channel.CARD_PAYMENT ? "Card payment" : "Transfer";
            case Journey.HELD -> "Transfer held: the fund was not announced yet";
            case Journey.SET_ASIDE -> "Transfer set aside: the fund was never announced in time";
            case Journey.REGISTRATION -> "Asset registered";
            case Journey.DUPLICATE_REGISTRATION -> "Asset registered again (it already counts for another fund)";
            case Journey.ALERT -> "Alert raised";
            default -> kind;
        };
    }

    /** Who {@code party} is for this fund; empty for an unannounced fund or no party. */
    public static String role(Fund fund, String party) {
        if (fund == null || party == null) {
            return "";
        }
        return switch (Payee.of(fund, party)) {
            case FINANCIAL_ORG -> "financial organisation";
            case BENEFICIARY -> "beneficiary";
            case OPERATOR -> "programme operator";
            case SELLER -> fund.hasApprovedSellers() ? "approved seller" : "seller";
            case OUTSIDER -> "not an approved party";
        };
    }
}
