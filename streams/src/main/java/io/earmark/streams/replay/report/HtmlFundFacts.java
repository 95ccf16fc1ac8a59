package io.earmark.streams.replay.report;

import static io.earmark.streams.replay.report.Html.esc;
import static io.earmark.streams.replay.report.Html.kzt;
import static io.earmark.streams.replay.report.Html.when;

import io.earmark.streams.replay.report.CaseReport.AssetView;
import io.earmark.streams.replay.report.CaseReport.AssetsView;
import io.earmark.streams.replay.report.CaseReport.FundReport;
import java.util.Locale;

/** The HTML of a fund's facts (who is who, the earmark's terms) and of its registered assets against the expected. */
final class HtmlFundFacts {

    private HtmlFundFacts() {
    }

    static void facts(StringBuilder out, FundReport f) {
        if (!f.announced()) {
            out.append("<p class=\"short\">No programme operator announced this fund: only movements naming it were ")
                    .append("seen.</p>\n");
            return;
        }
        out.append("<table class=\"facts\">\n");
        row(out, "Programme", esc(f.programme()) + ", to buy " + esc(f.purpose()));
        row(out, "Amount earmarked", esc(kzt(f.amount())));
        row(out, "Beneficiary", esc(f.beneficiaryId()));
        row(out, "Financial organisation (receives the money first)", esc(f.financialOrgId()));
        row(out, "Programme operator (pays)", esc(f.operatorId()));
        row(out, "Approved sellers", f.approvedSellers().isEmpty() ? "any party"
                : esc(String.join(", ", f.approvedSellers())));
        row(out, "May sit with the financial organisation for", f.maxIdleHours() + " hours");
        row(out, "Assets must be registered within", f.registrationDeadlineDays() + " days of the first payment");
        if (f.subsidyRateBps() != null) {
            row(out, "Subsidy may cover", String.format(Locale.ROOT, "%.2f %% of the actual asset value", f.subsidyRateBps() / 100.0));
        }
        row(out, "Now", "financial organisation holds " + esc(kzt(f.holdings().heldByFinancialOrg()))
                + ", beneficiary holds " + esc(kzt(f.holdings().heldByBeneficiary())) + ", paid to sellers "
                + esc(kzt(f.holdings().paidToSellers())) + ", returned " + esc(kzt(f.holdings().returned()))
                + ", diverted or withdrawn " + esc(kzt(f.holdings().diverted())));
        out.append("</table>\n");
    }

    static void assets(StringBuilder out, FundReport f) {
        AssetsView a = f.assets();
        if (a == null) {
            return;
        }
        out.append("<h3>Registered assets</h3>\n<p>");
        if (a.expected() == 0 && a.items().isEmpty() && a.duplicates().isEmpty()) {
            out.append("This fund expects no registered assets.</p>\n");
            return;
        }
        boolean enough = a.registered() >= a.expected();
        out.append("Expected <strong>").append(a.expected()).append("</strong> (declared value ")
                .append(esc(kzt(a.declaredValue()))).append("); registered <strong class=\"")
                .append(enough ? "ok" : "short").append("\">").append(a.registered()).append("</strong> worth ")
                .append(esc(kzt(a.registeredValue()))).append(".</p>\n");
        if (!a.items().isEmpty()) {
            table(out, a, false);
        }
        if (!a.duplicates().isEmpty()) {
            out.append("<p class=\"short\">Registered again although already counted for another fund (these do ")
                    .append("not count for this one):</p>\n");
            table(out, a, true);
        }
    }

    private static void table(StringBuilder out, AssetsView a, boolean duplicates) {
        out.append("<table><tr><th>Asset (animal number / serial)</th><th>Type</th><th>Registry</th>")
                .append("<th>Registered</th><th class=\"num\">Actual value</th><th>Seller</th>")
                .append(duplicates ? "<th>Already counts for fund</th>" : "").append("<th>Reference (event id)</th></tr>\n");
        for (AssetView v : duplicates ? a.duplicates() : a.items()) {
            out.append("<tr><td class=\"id\">").append(esc(v.assetId())).append("</td><td>").append(esc(v.assetType()))
                    .append("</td><td>").append(esc(v.registry())).append("</td><td class=\"when\">")
                    .append(esc(when(v.at()))).append("</td><td class=\"num\">").append(esc(kzt(v.actualValue())))
                    .append("</td><td>").append(esc(v.sellerId())).append("</td>");
            if (duplicates) {
                out.append("<td>").append(esc(v.duplicateOf())).append("</td>");
            }
            out.append("<td class=\"id\">").append(esc(v.eventId())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static void row(StringBuilder out, String label, String html) {
        out.append("<tr><th>").append(esc(label)).append("</th><td>").append(html).append("</td></tr>\n");
    }
}
