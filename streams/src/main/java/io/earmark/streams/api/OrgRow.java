package io.earmark.streams.api;

import io.earmark.streams.rules.Money;
import java.util.Map;
import java.util.TreeMap;

/**
 * One line of the financial-organisation league table. Money in tiyn: {@code heldByFinancialOrg} is the coloured
 * money the organisation holds now (its balance of each of its funds), {@code heldPastMaxIdle} the part of it held
 * since longer than the fund's maxIdleHours; {@code funds} counts the funds it received, {@code alerts} and
 * {@code alertsByRule} the alerts raised on them.
 */
record OrgRow(String financialOrgId, long funds, long heldByFinancialOrg, long heldPastMaxIdle, long alerts,
              Map<String, Long> alertsByRule) {

    static OrgRow empty(String financialOrgId) {
        return new OrgRow(financialOrgId, 0, 0, 0, 0, new TreeMap<>());
    }

    OrgRow withFund(long held, long heldPastMaxIdle) {
        return new OrgRow(financialOrgId, funds + 1, Money.plus("heldByFinancialOrg", heldByFinancialOrg, held),
                Money.plus("heldPastMaxIdle", this.heldPastMaxIdle, heldPastMaxIdle), alerts, alertsByRule);
    }

    OrgRow withAlert(String rule) {
        Map<String, Long> byRule = new TreeMap<>(alertsByRule);
        byRule.merge(rule, 1L, Long::sum);
        return new OrgRow(financialOrgId, funds, heldByFinancialOrg, heldPastMaxIdle, alerts + 1, byRule);
    }

    OrgRow plus(OrgRow other) {
        Map<String, Long> byRule = new TreeMap<>(alertsByRule);
        other.alertsByRule.forEach((k, v) -> byRule.merge(k, v, Long::sum));
        return new OrgRow(financialOrgId, funds + other.funds,
                Money.plus("heldByFinancialOrg", heldByFinancialOrg, other.heldByFinancialOrg),
                Money.plus("heldPastMaxIdle", heldPastMaxIdle, other.heldPastMaxIdle), alerts + other.alerts, byRule);
    }
}
