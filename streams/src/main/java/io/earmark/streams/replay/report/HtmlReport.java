package io.earmark.streams.replay.report;

import static io.earmark.streams.replay.report.Html.anchor;
import static io.earmark.streams.replay.report.Html.esc;
import static io.earmark.streams.replay.report.Html.kzt;
import static io.earmark.streams.replay.report.Html.party;
import static io.earmark.streams.replay.report.Html.when;

import io.earmark.schema.AlertRule;
import io.earmark.streams.ledger.Journey;
import io.earmark.streams.replay.report.CaseReport.AlertView;
import io.earmark.streams.replay.report.CaseReport.EvidenceView;
import io.earmark.streams.replay.report.CaseReport.FundReport;
import io.earmark.streams.replay.report.CaseReport.TimelineRow;
import java.util.List;

/**
 * Renders a {@link CaseReport} as one self-contained HTML page: inline CSS, no script, no external resource, so it
 * opens from a file in any browser and can be mailed or archived as is. Written for a reader who has never seen
 * Kafka: the summary, a note on how to read it, the what-if differences, then per fund who is who, where the money
 * went step by step (with who held how much after each step), the alerts with the events they rest on (linked to
 * their timeline rows), and the registered assets against what the earmark expected.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static String render(CaseReport report) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Earmark case ").append(esc(report.caseName())).append("</title><style>")
                .append(HtmlStyle.CSS).append("</style></head>\n<body>\n");
        header(out, report);
        out.append("<main>\n");
        summary(out, report);
        if (report.whatIf() != null) {
            HtmlWhatIf.section(out, report.whatIf());
        }
        for (FundReport fund : report.funds()) {
            fund(out, fund);
        }
        out.append("</main>\n</body></html>\n");
        return out.toString();
    }

    private static void header(StringBuilder out, CaseReport r) {
        out.append("<header><h1>Earmark case report: ").append(esc(r.caseName())).append("</h1>\n<p>Replayed: ")
                .append(esc(r.source())).append("</p>\n<p>Events from ")
                .append(r.from() == null ? "the start of the input" : esc(when(r.from()))).append(" to ")
                .append(esc(when(r.to()))).append("</p>\n<p>Rules: version ").append(esc(r.rules()));
        if (r.liveRules() != null) {
            out.append(" (what-if), compared with the live rules, version ").append(esc(r.liveRules()));
        }
        out.append("</p></header>\n");
    }

    private static void summary(StringBuilder out, CaseReport r) {
        out.append("<section id=\"summary\"><h2>Summary</h2>\n<p>").append(r.summary().events())
                .append(" events replayed; ").append(r.summary().alerts()).append(" alerts raised.");
        if (!r.summary().selectedFunds().isEmpty()) {
            out.append(" Asked for: ").append(esc(String.join(", ", r.summary().selectedFunds()))).append('.');
        }
        out.append("</p>\n");
        if (!r.summary().alertsByRule().isEmpty()) {
            out.append("<table class=\"facts\"><tr><th>Rule</th><th class=\"num\">Alerts</th></tr>\n");
            r.summary().alertsByRule().forEach((rule, n) -> out.append("<tr><td>")
                    .append(esc(Wording.rule(AlertRule.valueOf(rule)))).append(" <span class=\"muted\">(")
                    .append(esc(rule)).append(")</span></td><td class=\"num\">").append(n).append("</td></tr>\n"));
            out.append("</table>\n");
        }
        out.append("<h3>How to read this report</h3>\n<p>Each fund below is money earmarked (\"coloured\") for one ")
                .append("beneficiary. <em>Where the money went</em> lists, in time order, every step the monitoring ")
                .append("saw: the earmark, each transfer, each asset registration and each alert, with the reference ")
                .append("(event id) a bank or registry gave it, and how much of the fund the financial organisation ")
                .append("and the beneficiary held after the step. Amounts are in tenge (KZT), times in UTC. An alert ")
                .append("lists the events it rests on; each links to its row in the timeline.</p>\n");
        out.append("<nav><ul>\n");
        for (FundReport f : r.funds()) {
            out.append("<li><a href=\"#").append(anchor("fund", f.fundId())).append("\">").append(esc(f.fundId()))
                    .append("</a> <span class=\"muted\">").append(f.alerts().size()).append(" alert")
                    .append(f.alerts().size() == 1 ? "" : "s").append("</span></li>\n");
        }
        out.append("</ul></nav></section>\n");
    }

    private static void fund(StringBuilder out, FundReport f) {
        out.append("<section class=\"fund\" id=\"").append(anchor("fund", f.fundId())).append("\"><h2>Fund ")
                .append(esc(f.fundId()));
        if (f.announced()) {
            out.append(" <span class=\"muted\">").append(esc(f.programme())).append("</span>");
        }
        out.append("</h2>\n");
        HtmlFundFacts.facts(out, f);
        pictures(out, f);
        timeline(out, f);
        alerts(out, f);
        HtmlFundFacts.assets(out, f);
        if (!f.whatIf().isEmpty()) {
            out.append("<h3>What the what-if rules change for this fund</h3>\n");
            HtmlWhatIf.changes(out, f.whatIf());
        }
        out.append("</section>\n");
    }

    private static void pictures(StringBuilder out, FundReport f) {
        if (f.pictures() == null) {
            return;
        }
        out.append("<h3>The money's path at a glance</h3>\n<p class=\"muted\">Who passed the fund's money to whom ")
                .append("(summed per payer, payee and kind; dashed and labelled: returned, diverted, withdrawn in cash, ")
                .append("a kickback), the assets registered with it, and below, what the financial organisation held ")
                .append("over time against the fund's idle limit, with payments (\u25B2), registrations (\u25C6) and ")
                .append("alerts (flags).</p>\n<div class=\"pictures\">").append(f.pictures()).append("</div>\n");
    }

    private static void timeline(StringBuilder out, FundReport f) {
        out.append("<h3>Where the money went</h3>\n<table class=\"timeline\"><tr><th>When</th><th>What happened</th>")
                .append("<th>From</th><th>To</th><th class=\"num\">Amount</th>")
                .append("<th class=\"num\">Held by the financial organisation</th>")
                .append("<th class=\"num\">Held by the beneficiary</th><th class=\"num\">Paid to sellers</th>")
                .append("<th>Reference (event id)</th></tr>\n");
        for (TimelineRow row : f.timeline()) {
            String id = Journey.ALERT.equals(row.kind()) ? anchor("row", f.fundId(), row.eventId())
                    : anchor("ev", f.fundId(), row.eventId());
            out.append("<tr class=\"").append(esc(row.kind())).append("\" id=\"").append(id).append("\"><td class=\"when\">")
                    .append(esc(when(row.at()))).append("</td><td>").append(esc(row.what()));
            if (!Journey.MOVEMENT.equals(row.kind()) && !Journey.EARMARKED.equals(row.kind())) {
                out.append("<br><span class=\"muted\">").append(esc(row.detail())).append("</span>");
            }
            out.append("</td><td>")
                    .append(party(row.from(), row.fromRole())).append("</td><td>").append(party(row.to(), row.toRole()))
                    .append("</td><td class=\"num\">").append(esc(kzt(row.amount()))).append("</td><td class=\"num\">")
                    .append(esc(kzt(row.after().heldByFinancialOrg()))).append("</td><td class=\"num\">")
                    .append(esc(kzt(row.after().heldByBeneficiary()))).append("</td><td class=\"num\">")
                    .append(esc(kzt(row.after().paidToSellers()))).append("</td><td class=\"id\">");
            if (Journey.ALERT.equals(row.kind())) {
                out.append("<a href=\"#").append(anchor("alert", row.eventId())).append("\">").append(esc(row.eventId()))
                        .append("</a>");
            } else {
                out.append(esc(row.eventId()));
            }
            out.append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static void alerts(StringBuilder out, FundReport f) {
        out.append("<h3>Alerts (").append(f.alerts().size()).append(")</h3>\n");
        if (f.alerts().isEmpty()) {
            out.append("<p class=\"ok\">No alert was raised for this fund.</p>\n");
        }
        for (AlertView a : f.alerts()) {
            alert(out, a, f.fundId());
        }
    }

    static void alert(StringBuilder out, AlertView a, String fundId) {
        out.append("<div class=\"alert sev-").append(esc(a.severity())).append("\" id=\"").append(anchor("alert", a.alertId()))
                .append("\"><span class=\"badge sev-").append(esc(a.severity())).append("\">").append(esc(a.severity()))
                .append("</span> <strong>").append(esc(a.ruleInWords())).append("</strong> <span class=\"muted\">(")
                .append(esc(a.rule())).append(")</span><br>").append(esc(a.message())).append("<br>Detected ")
                .append(esc(when(a.detectedAt()))).append("; money at risk ").append(esc(kzt(a.amountAtRisk())));
        if (a.counterpartyId() != null) {
            out.append("; counterparty ").append(esc(a.counterpartyId()));
        }
        out.append("<br><span class=\"muted\">Alert id <span class=\"id\">").append(esc(a.alertId()))
                .append("</span>, rules version ").append(esc(a.ruleVersion())).append("</span>\n");
        evidence(out, a.evidence(), fundId);
        out.append("</div>\n");
    }

    private static void evidence(StringBuilder out, List<EvidenceView> evidence, String fundId) {
        out.append("<ul class=\"evidence\">");
        for (EvidenceView e : evidence) {
            out.append("<li>Evidence: <a href=\"#").append(anchor("ev", fundId, e.eventId())).append("\" class=\"id\">")
                    .append(esc(e.eventId())).append("</a> on ").append(esc(e.topic())).append(" at ")
                    .append(esc(when(e.eventTime()))).append("</li>");
        }
        out.append("</ul>\n");
    }
}
