package io.earmark.streams.ledger;

import io.earmark.schema.Evidence;
import io.earmark.schema.FundAlert;
import io.earmark.streams.rules.AlertDraft;
import io.earmark.streams.state.AlertIds;
import io.earmark.streams.state.FundLedger;
import java.time.Instant;

/**
 * Turns a rule's draft into the {@code FundAlert} of the contract: the deterministic id, the rule version, and the
 * fund's programme, beneficiary and financial organisation (null only while the fund is unknown).
 */
public final class AlertFactory {

    private final String ruleVersion;

    public AlertFactory(String ruleVersion) {
        this.ruleVersion = ruleVersion;
    }

    public FundAlert create(FundLedger ledger, AlertDraft draft) {
        boolean known = ledger.known();
        return FundAlert.newBuilder()
                .setAlertId(AlertIds.of(draft.rule(), ledger.fundId, draft.trigger()))
                .setRule(draft.rule())
                .setRuleVersion(ruleVersion)
                .setSeverity(draft.severity())
                .setFundId(ledger.fundId)
                .setProgramme(known ? ledger.fund.programme() : null)
                .setBeneficiaryId(known ? ledger.fund.beneficiaryId() : null)
                .setFinancialOrgId(known ? ledger.fund.financialOrgId() : null)
                .setCounterpartyId(draft.counterpartyId())
                .setAmountAtRisk(draft.amountAtRisk())
                .setDetectedAt(Instant.ofEpochMilli(draft.detectedAt()))
                .setMessage(draft.message())
                .setEvidence(draft.evidence().stream()
                        .map(e -> new Evidence(e.eventId(), e.topic(), Instant.ofEpochMilli(e.eventTime())))
                        .toList())
                .build();
    }
}
