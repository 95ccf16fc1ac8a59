package io.earmark.streams.oversight;

import io.earmark.schema.AlertRule;
import io.earmark.schema.CaseResolution;
import io.earmark.schema.CaseStatus;
import io.earmark.streams.markup.Markup;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The three tables of a group section (per programme, per financial organisation): alerts and money with the
 * case times, alerts by rule, cases by status and resolution. One row per group in the given order, the period's
 * total in the footer. Text escaped here: a group's name is whatever the alert carried.
 */
final class GroupTables {

    private GroupTables() {
    }

    static String figures(String groupHeading, List<GroupFigures> groups, Function<String, String> name,
            GroupFigures total) {
        StringBuilder out = head(groupHeading, "Alerts", "Low", "Medium", "High", "Critical", "Money at risk (KZT)",
                "Open", "Resolved", "Recovered (KZT)", "Median to triage", "Median to resolution");
        for (GroupFigures g : groups) {
            out.append("<tr><td>").append(Markup.escape(name.apply(g.key()))).append("</td>").append(figureCells(g))
                    .append("</tr>\n");
        }
        return out.append("</tbody><tfoot><tr><td>All</td>").append(figureCells(total))
                .append("</tr></tfoot></table>\n").toString();
    }

    private static String figureCells(GroupFigures g) {
        StringBuilder cells = new StringBuilder(num(g.alerts()));
        g.bySeverity().values().forEach(n -> cells.append(num(n)));
        return cells.append(cell(Tiyn.amount(g.moneyAtRisk()))).append(num(g.open())).append(num(g.resolved()))
                .append(cell(Tiyn.amount(g.recovered())))
                .append(cell(Durations.text(g.medianToTriageMillis()) + count(g.triaged())))
                .append(cell(Durations.text(g.medianToResolutionMillis()) + count(g.resolved()))).toString();
    }

    static String rules(String groupHeading, List<GroupFigures> groups, Function<String, String> name,
            GroupFigures total) {
        String[] headings = new String[AlertRule.values().length + 1];
        for (AlertRule rule : AlertRule.values()) {
            headings[rule.ordinal()] = Names.rule(rule);
        }
        headings[headings.length - 1] = "All rules";
        StringBuilder out = head(groupHeading, headings);
        for (GroupFigures g : groups) {
            out.append("<tr><td>").append(Markup.escape(name.apply(g.key()))).append("</td>").append(ruleCells(g))
                    .append("</tr>\n");
        }
        return out.append("</tbody><tfoot><tr><td>All</td>").append(ruleCells(total))
                .append("</tr></tfoot></table>\n").toString();
    }

    private static String ruleCells(GroupFigures g) {
        StringBuilder cells = new StringBuilder();
        g.byRule().values().forEach(n -> cells.append(num(n)));
        return cells.append(num(g.alerts())).toString();
    }

    static String cases(String groupHeading, List<GroupFigures> groups, Function<String, String> name,
            GroupFigures total) {
        String[] headings = new String[CaseStatus.values().length + CaseResolution.values().length];
        for (CaseStatus status : CaseStatus.values()) {
            headings[status.ordinal()] = Names.constant(status.name());
        }
        for (CaseResolution resolution : CaseResolution.values()) {
            headings[CaseStatus.values().length + resolution.ordinal()] = "Resolved: "
                    + Names.constant(resolution.name()).toLowerCase(Locale.ROOT);
        }
        StringBuilder out = head(groupHeading, headings);
        for (GroupFigures g : groups) {
            out.append("<tr><td>").append(Markup.escape(name.apply(g.key()))).append("</td>").append(caseCells(g))
                    .append("</tr>\n");
        }
        return out.append("</tbody><tfoot><tr><td>All</td>").append(caseCells(total))
                .append("</tr></tfoot></table>\n").toString();
    }

    private static String caseCells(GroupFigures g) {
        StringBuilder cells = new StringBuilder();
        g.byStatus().values().forEach(n -> cells.append(num(n)));
        g.byResolution().values().forEach(n -> cells.append(num(n)));
        return cells.toString();
    }

    /** The period's alerts as a rule × severity matrix, with each rule's money at risk. */
    static String ruleMatrix(GroupFigures total) {
        StringBuilder out = head("Rule", "Low", "Medium", "High", "Critical", "Alerts", "Money at risk (KZT)");
        total.byRuleAndSeverity().forEach((rule, row) -> {
            out.append("<tr><td>").append(Markup.escape(Names.rule(rule))).append("</td>");
            row.values().forEach(n -> out.append(num(n)));
            out.append(num(total.byRule().get(rule))).append(cell(Tiyn.amount(total.moneyByRule().get(rule))))
                    .append("</tr>\n");
        });
        out.append("</tbody><tfoot><tr><td>All rules</td>");
        total.bySeverity().values().forEach(n -> out.append(num(n)));
        return out.append(num(total.alerts())).append(cell(Tiyn.amount(total.moneyAtRisk())))
                .append("</tr></tfoot></table>\n").toString();
    }

    private static StringBuilder head(String first, String... others) {
        StringBuilder out = new StringBuilder("<table><thead><tr><th>").append(Markup.escape(first)).append("</th>");
        for (String heading : others) {
            out.append("<th class=\"num\">").append(Markup.escape(heading)).append("</th>");
        }
        return out.append("</tr></thead><tbody>\n");
    }

    private static String num(long value) {
        return cell(Tiyn.grouped(value));
    }

    private static String cell(String text) {
        return "<td class=\"num\">" + Markup.escape(text) + "</td>";
    }

    /** The number of cases a median is over, after it. */
    private static String count(int cases) {
        return cases == 0 ? "" : " (" + Tiyn.grouped(cases) + ")";
    }
}
