package io.earmark.streams.oversight;

import io.earmark.streams.markup.Markup;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * Bar charts as inline SVG, drawn here so that the report fetches nothing. In: a title and bars (a label, a value
 * of at least 0, the value as the reader should read it). Out: one {@code <svg>} element, the same bytes for the
 * same bars. Readable in black and white: one dark fill with a black outline, and every value also written as text
 * (on the bar, or in its tooltip and the axis when there are too many bars to write it on each).
 */
final class BarChart {

    /** One bar: {@code valueText} is what a reader sees, {@code value} only sizes the bar. */
    record Bar(String label, long value, String valueText) {
    }

    private static final int WIDTH = 640;
    private static final int TITLE = 26;
    private static final String FILL = "#3d5a78";

    private BarChart() {
    }

    /** Columns left to right (a time series), with an axis at 0, half and the largest value. */
    static String columns(String cssClass, String title, List<Bar> bars, LongFunction<String> axisText) {
        int left = 104;
        int right = 12;
        int plotTop = TITLE + 14;
        int plotHeight = 170;
        int height = plotTop + plotHeight + 34;
        long max = max(bars);
        double slot = (WIDTH - left - right) / (double) Math.max(1, bars.size());
        boolean valuesOnBars = bars.size() <= 26;
        int labelEvery = Math.max(1, (int) Math.ceil(bars.size() / 8.0));
        StringBuilder svg = open(cssClass, title, height);
        boolean empty = bars.stream().allMatch(b -> b.value() == 0);
        long previous = -1;
        for (long value : empty ? new long[] {0} : new long[] {0, max / 2, max}) {
            if (value == previous) {
                continue;
            }
            previous = value;
            double y = plotTop + plotHeight - plotHeight * (value / (double) max);
            svg.append("<line class=\"grid\" x1=\"").append(left).append("\" y1=\"").append(n(y)).append("\" x2=\"")
                    .append(WIDTH - right).append("\" y2=\"").append(n(y))
                    .append("\" stroke=\"#888\" stroke-width=\"0.5\"")
                    .append(value == 0 ? "" : " stroke-dasharray=\"3 3\"").append("/>");
            svg.append(text(left - 6, y + 4, "end", axisText.apply(value), "axis"));
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double h = plotHeight * (bar.value() / (double) max);
            double x = left + slot * i + slot * 0.1;
            double w = Math.max(0.5, slot * 0.8);
            double y = plotTop + plotHeight - h;
            svg.append("<g class=\"bar\" data-label=\"").append(esc(bar.label())).append("\" data-value=\"")
                    .append(bar.value()).append("\"><title>").append(esc(bar.label() + ": " + bar.valueText()))
                    .append("</title><rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                    .append(n(w)).append("\" height=\"").append(n(h)).append("\" fill=\"").append(FILL)
                    .append("\" stroke=\"#000\" stroke-width=\"0.5\"/>");
            if (valuesOnBars && bar.value() > 0) {
                svg.append(text(x + w / 2, y - 3, "middle", bar.valueText(), "value"));
            }
            svg.append("</g>");
            if (i % labelEvery == 0) {
                svg.append(text(x + w / 2, plotTop + plotHeight + 14, "middle", bar.label(), "label"));
            }
        }
        if (empty) {
            svg.append(text(left + (WIDTH - left - right) / 2.0, plotTop + plotHeight / 2.0, "middle",
                    "nothing in the period", "empty"));
        }
        return svg.append("</svg>").toString();
    }

    /** Rows top to bottom (categories), each with its label on the left and its value written after the bar. */
    static String rows(String cssClass, String title, List<Bar> bars) {
        int labelWidth = 200;
        int barArea = 290;
        int rowHeight = 20;
        int top = TITLE + 8;
        int height = top + Math.max(1, bars.size()) * rowHeight + 8;
        long max = max(bars);
        StringBuilder svg = open(cssClass, title, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = top + i * rowHeight;
            double w = barArea * (bar.value() / (double) max);
            svg.append("<g class=\"bar\" data-label=\"").append(esc(bar.label())).append("\" data-value=\"")
                    .append(bar.value()).append("\"><title>").append(esc(bar.label() + ": " + bar.valueText()))
                    .append("</title>");
            svg.append(text(labelWidth - 8, y + 14, "end", shorten(bar.label(), 30), "label"));
            svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(n(y + 3)).append("\" width=\"")
                    .append(n(w)).append("\" height=\"").append(rowHeight - 6).append("\" fill=\"").append(FILL)
                    .append("\" stroke=\"#000\" stroke-width=\"0.5\"/>");
            svg.append(text(labelWidth + w + 6, y + 14, "start", bar.valueText(), "value")).append("</g>");
        }
        if (bars.isEmpty()) {
            svg.append(text(labelWidth, top + 14, "start", "nothing in the period", "empty"));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String cssClass, String title, int height) {
        return new StringBuilder(4096).append("<svg class=\"chart ")
                .append(esc(cssClass)).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\" font-family=\"sans-serif\">")
                .append("<title>").append(esc(title)).append("</title>")
                .append(text(0, 17, "start", title, "title"));
    }

    private static String text(double x, double y, String anchor, String content, String cssClass) {
        return "<text class=\"" + cssClass + "\" x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\""
                + ("title".equals(cssClass) ? " font-size=\"14\" font-weight=\"bold\"" : " font-size=\"11\"")
                + " fill=\"#000\">" + esc(content) + "</text>";
    }

    /** The largest value, at least 1 so that an all-zero chart still divides. */
    private static long max(List<Bar> bars) {
        return Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
    }

    private static String shorten(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1) + "\u2026";
    }

    /** A coordinate with one decimal, the same on every machine. */
    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String esc(String text) {
        return Markup.escapeXml(text);
    }
}
