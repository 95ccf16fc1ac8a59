package io.earmark.streams.replay.report;

import static io.earmark.streams.replay.report.Html.anchor;
import static io.earmark.streams.replay.report.Html.esc;
import static io.earmark.streams.replay.report.Html.kzt;
import static io.earmark.streams.replay.report.Html.when;

import io.earmark.streams.replay.report.CaseReport.AlertView;
import io.earmark.streams.replay.report.CaseReport.ChangeView;
import io.earmark.streams.replay.report.CaseReport.WhatIf;
import java.util.List;

/** The HTML of a what-if comparison: counts, then one line per alert that appears, disappears or changes. */
final class HtmlWhatIf {

    private HtmlWhatIf() {
    }

    static void section(StringBuilder out, WhatIf w) {
        out.append("<section id=\"what-if\"><h2>What-if: rules ").append(esc(w.whatIfRules()))
                .append(" compared with the live rules ").append(esc(w.liveRules())).append("</h2>\n<p>")
                .append("The same events were run twice, once under each set of rules. Under the what-if rules ")
                .append("<strong class=\"change-appeared\">").append(w.appeared()).append(" alerts appear</strong>, ")
                .append("<strong class=\"change-disappeared\">").append(w.disappeared())
                .append(" disappear</strong> and <strong class=\"change-changed\">").append(w.changed())
                .append(" change</strong>.</p>\n");
        changes(out, w.changes());
        out.append("</section>\n");
    }

    static void changes(StringBuilder out, List<ChangeView> changes) {
        if (changes.isEmpty()) {
            out.append("<p>No alert differs.</p>\n");
            return;
        }
        out.append("<table class=\"what-if\"><tr><th>Change</th><th>Fund</th><th>Rule</th><th>Live rules</th>")
                .append("<th>What-if rules</th><th>What differs</th></tr>\n");
        for (ChangeView c : changes) {
            AlertView any = c.after() != null ? c.after() : c.before();
            out.append("<tr><td class=\"change-").append(esc(c.change())).append("\"><strong>").append(esc(c.change()))
                    .append("</strong></td><td><a href=\"#").append(anchor("fund", c.fundId())).append("\">")
                    .append(esc(c.fundId())).append("</a></td><td>").append(esc(any.ruleInWords()))
                    .append("</td><td>").append(describe(c.before())).append("</td><td>").append(describe(c.after()))
                    .append("</td><td>").append(esc(String.join(", ", c.fields()))).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static String describe(AlertView a) {
        if (a == null) {
            return "<span class=\"muted\">no alert</span>";
        }
        return esc(a.severity()) + ", " + esc(kzt(a.amountAtRisk())) + " at risk, detected " + esc(when(a.detectedAt()))
                + "<br><span class=\"id\">" + esc(a.alertId()) + "</span>";
    }
}
