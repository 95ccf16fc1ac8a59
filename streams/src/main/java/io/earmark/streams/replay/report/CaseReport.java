package io.earmark.streams.replay.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;

/**
 * A case report as data: what was replayed, under which rules, and per fund the journey of its money, its alerts with
 * their evidence, its registered assets against what was expected and, for a what-if case, what the other rules
 * changed. The JSON twin is this record as JSON; the HTML report renders it. Times are ISO-8601 UTC strings, money is
 * in tiyn (with a KZT text where a person reads it).
 */
public record CaseReport(String caseName, String source, String from, String to, String rules, String liveRules,
                         Summary summary, List<FundReport> funds, WhatIf whatIf) {

    /** Counts for the top of the report. {@code selectedFunds}: the funds the investigator asked for, if any. */
    public record Summary(int events, int alerts, Map<String, Integer> alertsByRule, List<String> selectedFunds) {
    }

    /**
     * One fund: who is who, the timeline, alerts, assets, and the what-if changes that concern it. {@code pictures}:
     * its money-flow diagram and idle strip as inline SVG (null when its earmark is unknown); the HTML report shows
     * them, the JSON twin leaves them out (its data is all in the other fields).
     */
    public record FundReport(String fundId, boolean selected, boolean announced, String programme, String purpose,
                             String operatorId, String beneficiaryId, String financialOrgId, long amount,
                             List<String> approvedSellers, Integer maxIdleHours, Integer registrationDeadlineDays,
                             Integer subsidyRateBps, Holdings holdings, List<TimelineRow> timeline,
                             List<AlertView> alerts, AssetsView assets, List<ChangeView> whatIf,
                             @JsonIgnore String pictures) {
    }

    /** Where the fund's money is after a step: with its holders, and what left them. */
    public record Holdings(long heldByFinancialOrg, long heldByBeneficiary, long paidToSellers, long returned,
                           long diverted) {
        public static final Holdings NONE = new Holdings(0, 0, 0, 0, 0);
    }

    /**
     * One step of the journey: an event applied to the fund or an alert raised. {@code what} says it in words;
     * {@code fromRole}/{@code toRole} say who the parties are for this fund; {@code after} is where the money is
     * once the step is done.
     */
    public record TimelineRow(String at, String kind, String what, String eventId, String from, String fromRole,
                              String to, String toRole, Long amount, String detail, Holdings after) {
    }

    /** An alert as the report shows it. */
    public record AlertView(String alertId, String rule, String ruleInWords, String severity, String detectedAt,
                            long amountAtRisk, String counterpartyId, String message, String ruleVersion,
                            List<EvidenceView> evidence) {
    }

    /** One event an alert rests on. */
    public record EvidenceView(String eventId, String topic, String eventTime) {
    }

    /** The assets registered against the fund, against what its earmark expected. */
    public record AssetsView(int expected, long declaredValue, int registered, long registeredValue,
                             List<AssetView> items, List<AssetView> duplicates) {
    }

    /** One registration; {@code duplicateOf} names the fund an asset already counted for. */
    public record AssetView(String assetId, String assetType, String registry, String eventId, String at,
                            long actualValue, String sellerId, String duplicateOf) {
    }

    /** An alert that appeared, disappeared or changed under the what-if rules; before or after is null. */
    public record ChangeView(String change, String fundId, AlertView before, AlertView after, List<String> fields) {
    }

    /** The what-if comparison: the live rules' version, the what-if rules' version, every change. */
    public record WhatIf(String liveRules, String whatIfRules, int appeared, int disappeared, int changed,
                         List<ChangeView> changes) {
    }
}
