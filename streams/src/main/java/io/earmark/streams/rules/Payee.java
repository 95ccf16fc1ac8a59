package io.earmark.streams.rules;

import io.earmark.streams.model.Fund;

/** Who a coloured movement pays, from the fund's point of view (DESIGN.md, "How a fund's money is seen"). */
public enum Payee {
    FINANCIAL_ORG,
    BENEFICIARY,
    SELLER,
    OPERATOR,
    OUTSIDER;

    public static Payee of(Fund fund, String partyId) {
        if (partyId.equals(fund.financialOrgId())) {
            return FINANCIAL_ORG;
        }
        if (partyId.equals(fund.beneficiaryId())) {
            return BENEFICIARY;
        }
        if (partyId.equals(fund.operatorId())) {
            return OPERATOR;
        }
        if (!fund.hasApprovedSellers() || fund.approvedSellers().contains(partyId)) {
            return SELLER;
        }
        return OUTSIDER;
    }

    /** The financial organisation and the beneficiary hold the fund's money; the others take it out. */
    public boolean holdsMoney() {
        return this == FINANCIAL_ORG || this == BENEFICIARY;
    }
}
