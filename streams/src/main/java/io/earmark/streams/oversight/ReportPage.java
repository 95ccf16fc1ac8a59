package io.earmark.streams.oversight;

import io.earmark.streams.markup.Markup;
import io.earmark.streams.oversight.BarChart.Bar;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * The oversight commission's report as one self-contained HTML page. In: a {@link PeriodReport} and where its cases
 * came from. Out: the page: inline style, inline SVG charts, no script, nothing fetched (its content security policy
 * forbids it), printable to PDF from a browser. The same input gives the same bytes: the only times on the page are
 * the period's and those the cases carry.
 */
public final class ReportPage {

    /** Charts of groups show the largest ones, the rest as one bar. */
    static final int CHART_ROWS = 20;

    private ReportPage() {
    }

    public static String render(PeriodReport report, ReportSource source) {
        String title = "Earmarked funds: oversight report, " + report.period().label();
        StringBuilder page = new StringBuilder(64 * 1024)
                .append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append("</title><style>\n").append(ReportStyle.CSS)
                .append("</style></head>\n<body>\n");
        page.append("<header><h1>Earmarked funds: oversight report</h1><p>")
                .append(esc(report.period().label())).append(" (UTC). Alerts detected from ")
                .append(esc(report.period().from().toString())).append(" up to, not including, ")
                .append(esc(report.period().to().toString())).append("; cases as of ")
                .append(esc(report.asOf() == null ? "no act read" : Names.minute(report.asOf())))
                .append(".</p></header>\n");
        page.append("<main>\n").append(summary(report)).append(weekly(report))
                .append(group("Per programme", "programme", "Programme", report.byProgramme(), Names::programme,
                        report.total()))
                .append(group("Per financial organisation", "financial-org", "Financial organisation",
                        report.byFinancialOrg(), Names::financialOrg, report.total()))
                .append(openCases(report)).append(notes()).append("</main>\n");
        page.append("<footer><p>").append(esc(footer(report, source))).append("</p></footer>\n</body></html>\n");
        return page.toString();
    }

    private static String summary(PeriodReport r) {
        GroupFigures t = r.total();
        return "<section id=\"summary\"><h2>The period in figures</h2><table class=\"key\"><tbody>\n"
                + key("Alerts (cases opened)", Tiyn.grouped(t.alerts()))
                + key("Money at risk", Tiyn.kzt(t.moneyAtRisk()))
                + key("Cases open", Tiyn.grouped(t.open()))
                + key("Cases resolved", Tiyn.grouped(t.resolved()))
                + key("Funds recovered", Tiyn.kzt(t.recovered()))
                + key("Median time to triage", Durations.text(t.medianToTriageMillis()) + over(t.triaged()))
                + key("Median time to resolution", Durations.text(t.medianToResolutionMillis()) + over(t.resolved()))
                + "</tbody></table>\n<h3>Alerts by rule and severity</h3>\n" + GroupTables.ruleMatrix(t)
                + "<h3>Cases by status and resolution</h3>\n"
                + GroupTables.cases("", List.of(), k -> "", t) + "</section>\n";
    }

    private static String weekly(PeriodReport r) {
        List<Bar> alerts = new ArrayList<>();
        List<Bar> money = new ArrayList<>();
        for (WeeklySeries.Week w : r.weekly().weeks()) {
            alerts.add(new Bar(w.monday().toString(), w.alerts(), Tiyn.grouped(w.alerts())));
            money.add(new Bar(w.monday().toString(), w.moneyAtRisk(), Tiyn.kzt(w.moneyAtRisk())));
        }
        return "<section id=\"weekly\"><h2>Week by week</h2><div class=\"figures\">\n"
                + figure(BarChart.columns("weekly-alerts", "Alerts per week", alerts, Tiyn::grouped),
                        "Alerts detected each week, by the Monday it starts (weeks Monday to Sunday, UTC; "
                                + "the first and last may be cut short by the period).")
                + figure(BarChart.columns("weekly-money", "Money at risk per week", money, Tiyn::wholeKzt),
                        "The alerts' money at risk each week, in KZT.")
                + "</div></section>\n";
    }

    private static String group(String heading, String id, String groupHeading, List<GroupFigures> groups,
            Function<String, String> name, GroupFigures total) {
        return "<section class=\"page\" id=\"" + id + "\"><h2>" + esc(heading) + "</h2><div class=\"figures\">\n"
                + figure(BarChart.rows(id + "-alerts", "Alerts", chartBars(groups, name, GroupFigures::alerts,
                        Tiyn::grouped)), null)
                + figure(BarChart.rows(id + "-money", "Money at risk", chartBars(groups, name,
                        GroupFigures::moneyAtRisk, Tiyn::kzt)), null)
                + "</div>\n<h3>Alerts, money at risk and cases</h3>\n"
                + GroupTables.figures(groupHeading, groups, name, total)
                + "<h3>Alerts by rule</h3>\n" + GroupTables.rules(groupHeading, groups, name, total)
                + "<h3>Cases by status and resolution</h3>\n" + GroupTables.cases(groupHeading, groups, name, total)
                + "</section>\n";
    }

    /** The groups by the measure, largest first (then by name); past {@link #CHART_ROWS}, the rest as one bar. */
    static List<Bar> chartBars(List<GroupFigures> groups, Function<String, String> name,
            ToLongFunction<GroupFigures> measure, LongFunction<String> text) {
        List<GroupFigures> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.comparingLong(measure).reversed().thenComparing(g -> name.apply(g.key())));
        List<Bar> bars = new ArrayList<>();
        long rest = 0;
        for (int i = 0; i < sorted.size(); i++) {
            long value = measure.applyAsLong(sorted.get(i));
            if (i < CHART_ROWS || sorted.size() == CHART_ROWS + 1) {
                bars.add(new Bar(name.apply(sorted.get(i).key()), value, text.apply(value)));
            } else {
                rest = Tiyn.plus("the chart's other groups", rest, value);
            }
        }
        if (sorted.size() > CHART_ROWS + 1) {
            bars.add(new Bar((sorted.size() - CHART_ROWS) + " others", rest, text.apply(rest)));
        }
        return bars;
    }

    private static String openCases(PeriodReport r) {
        StringBuilder out = new StringBuilder(
                "<section class=\"page\" id=\"open-cases\"><h2>Open cases, oldest first</h2>\n");
        if (r.openCases().isEmpty()) {
            return out.append("<p>No case of the period is open.</p></section>\n").toString();
        }
        out.append("<p>").append(Tiyn.grouped(r.openCases().size()))
                .append(" cases of the period are not resolved, by the time their alert was detected.</p>\n")
                .append("<table class=\"open\"><thead><tr><th class=\"num\">#</th><th>Detected</th><th>Alert</th>")
                .append("<th>Rule</th><th>Severity</th><th>Programme</th><th>Financial organisation</th>")
                .append("<th class=\"num\">Money at risk (KZT)</th><th>Status</th><th>Assignee</th><th>Last act</th>")
                .append("</tr></thead><tbody>\n");
        int row = 0;
        for (OpenCase c : r.openCases()) {
            out.append("<tr><td class=\"num\">").append(++row).append("</td><td class=\"when\">")
                    .append(esc(Names.minute(c.openedAt()))).append("</td><td class=\"id\">").append(esc(c.alertId()))
                    .append("</td><td>").append(esc(Names.constant(c.rule()))).append("</td><td>")
                    .append(esc(Names.constant(c.severity()))).append("</td><td>")
                    .append(esc(Names.programme(c.programme()))).append("</td><td class=\"id\">")
                    .append(esc(Names.financialOrg(c.financialOrgId()))).append("</td><td class=\"num\">")
                    .append(esc(Tiyn.amount(c.amountAtRisk()))).append("</td><td>")
                    .append(esc(Names.constant(c.status().name()))).append("</td><td>")
                    .append(esc(c.assignee() == null ? "\u2014" : c.assignee())).append("</td><td>")
                    .append(esc(c.lastAct())).append("<br><span class=\"when\">")
                    .append(esc(Names.minute(c.lastActionAt()))).append("</span></td></tr>\n");
        }
        return out.append("</tbody></table></section>\n").toString();
    }

    private static String notes() {
        return """
                <section class="page" id="notes"><h2>How the figures are made</h2><ul class="notes">
                <li>Every alert opens one case. A case belongs to the period when its alert was detected in it (the \
                alert's detection time, in event time, UTC); its status, resolution and times are as of the cases \
                read, whenever those acts happened.</li>
                <li>Money at risk is the sum of the alerts' amounts at risk. One fund's money can be at risk in more \
                than one alert (an idle balance's MEDIUM and HIGH alerts both count it).</li>
                <li>Funds recovered is the sum of the recovered amounts of resolved cases whose approved resolution is \
                FUNDS_RECOVERED; a proposal not yet approved counts for nothing.</li>
                <li>Time to triage runs from the alert's detection to the case's first act other than a comment \
                (assignment, status change or proposal), over the cases triaged; time to resolution from the \
                detection to the approval that resolved it, over the resolved cases. The number of cases each \
                median is over is in brackets; an even count takes the mean of the two middle values. People act \
                in wall-clock time, detection is in event time: an act stamped before its alert's detection counts \
                as no time.</li>
                <li>Open cases are those not resolved (any status but RESOLVED), oldest detection first, then by \
                alert id.</li>
                </ul></section>
                """;
    }

    private static String footer(PeriodReport r, ReportSource s) {
        return "Read from " + s.topic() + ": " + Tiyn.grouped(s.records()) + " records, "
                + Tiyn.grouped(s.undecodable()) + " undecodable and skipped, " + Tiyn.grouped(s.refused())
                + " acts refused by the case rules, " + Tiyn.grouped(s.repeated()) + " repeats. This report covers "
                + Tiyn.grouped(r.cases()) + " cases.";
    }

    private static String figure(String svg, String caption) {
        return "<figure>" + svg + (caption == null ? "" : "<figcaption>" + esc(caption) + "</figcaption>")
                + "</figure>\n";
    }

    private static String key(String name, String value) {
        return "<tr><th>" + esc(name) + "</th><td class=\"num\">" + esc(value) + "</td></tr>\n";
    }

    private static String over(int cases) {
        return cases == 0 ? "" : " over " + Tiyn.grouped(cases) + (cases == 1 ? " case" : " cases");
    }

    private static String esc(String text) {
        return Markup.escape(text);
    }
}
