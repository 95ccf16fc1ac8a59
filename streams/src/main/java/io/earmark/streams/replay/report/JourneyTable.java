package io.earmark.streams.replay.report;

import io.earmark.streams.replay.report.CaseReport.AlertView;
import io.earmark.streams.replay.report.CaseReport.AssetView;
import io.earmark.streams.replay.report.CaseReport.FundReport;
import io.earmark.streams.replay.report.CaseReport.TimelineRow;
import io.earmark.streams.rules.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * A fund's journey as a plain-text table for the terminal ({@code earmark trace}): the same rows as the case report's
 * timeline, columns padded to their widest cell, then the alerts and the registered assets against the expected.
 */
public final class JourneyTable {

    private static final List<String> HEADER = List.of("when (UTC)", "what happened", "from", "to", "amount",
            "fin. org holds", "beneficiary holds", "paid to sellers", "reference");
    private static final boolean[] RIGHT = {false, false, false, false, true, true, true, true, false};

    private JourneyTable() {
    }

    public static String render(FundReport fund) {
        StringBuilder out = new StringBuilder();
        out.append("Fund ").append(fund.fundId());
        if (fund.announced()) {
            out.append(": ").append(fund.programme()).append(", ").append(Money.kzt(fund.amount())).append(" for ")
                    .append(fund.beneficiaryId()).append(" via ").append(fund.financialOrgId());
        } else {
            out.append(": never announced");
        }
        out.append("\n\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (TimelineRow r : fund.timeline()) {
            rows.add(List.of(Html.when(r.at()).replace(" UTC", ""), r.what(), party(r.from(), r.fromRole()),
                    party(r.to(), r.toRole()), r.amount() == null ? "" : Money.kzt(r.amount()),
                    Money.kzt(r.after().heldByFinancialOrg()), Money.kzt(r.after().heldByBeneficiary()),
                    Money.kzt(r.after().paidToSellers()), r.eventId()));
        }
        table(out, rows);
        out.append("\nAlerts: ").append(fund.alerts().isEmpty() ? "none" : fund.alerts().size()).append('\n');
        for (AlertView a : fund.alerts()) {
            out.append("  ").append(a.severity()).append(' ').append(a.rule()).append(" at ").append(a.detectedAt())
                    .append(", ").append(Money.kzt(a.amountAtRisk())).append(" at risk: ").append(a.message())
                    .append("\n    evidence: ")
                    .append(String.join(" ", a.evidence().stream().map(CaseReport.EvidenceView::eventId).toList()))
                    .append('\n');
        }
        if (fund.assets() != null) {
            out.append("\nAssets: expected ").append(fund.assets().expected()).append(", registered ")
                    .append(fund.assets().registered()).append(" worth ")
                    .append(Money.kzt(fund.assets().registeredValue())).append('\n');
            for (AssetView v : fund.assets().items()) {
                out.append("  ").append(v.assetId()).append(' ').append(v.assetType()).append(' ')
                        .append(Money.kzt(v.actualValue())).append(" (").append(v.eventId()).append(")\n");
            }
            for (AssetView v : fund.assets().duplicates()) {
                out.append("  ").append(v.assetId()).append(" again, already counts for ").append(v.duplicateOf())
                        .append(" (").append(v.eventId()).append(")\n");
            }
        }
        return out.toString();
    }

    private static String party(String id, String role) {
        if (id == null) {
            return "";
        }
        return role == null || role.isEmpty() ? id : id + " (" + role + ")";
    }

    private static void table(StringBuilder out, List<List<String>> rows) {
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(RIGHT[i] ? pad + cell : cell + pad).append(i + 1 < row.size() ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
