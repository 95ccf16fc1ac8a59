package io.earmark.streams.picture;

import io.earmark.streams.markup.Markup;
import java.time.Instant;
import java.util.Locale;

/** Small helpers for writing SVG by hand: escaping, coordinates, money and times as a person reads them. */
final class Svg {

    private Svg() {
    }

    /** Text for SVG content or a quoted attribute value; null becomes the empty string. */
    static String esc(String text) {
        return Markup.escapeXml(text);
    }

    /** A coordinate with one decimal, independent of the machine's locale. */
    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Tiyn as whole tenge with thousands separators: {@code 1,500,000 ₸}. */
    static String kzt(long tiyn) {
        return String.format(Locale.ROOT, "%,d \u20B8", tiyn / 100);
    }

    /** An id cut to {@code max} characters (with an ellipsis) so it fits in a box; the full id goes in a title. */
    static String shorten(String id, int max) {
        if (id == null) {
            return "";
        }
        return id.length() <= max ? id : id.substring(0, max - 1) + "\u2026";
    }

    static String iso(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    /** {@code 2024-10-01 09:30 UTC}. */
    static String when(long epochMillis) {
        String iso = iso(epochMillis);
        return iso.substring(0, 10) + " " + iso.substring(11, 16) + " UTC";
    }

    /**
     * Opens an {@code <svg>} element for inline use in an HTML page, which needs no namespace declaration (so a page
     * holding it names no address at all); {@link #standalone} adds it for an SVG file of its own.
     */
    static void open(StringBuilder out, String cssClass, double width, double height, String title) {
        out.append("<svg class=\"").append(esc(cssClass))
                .append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" role=\"img\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\"><title>")
                .append(esc(title)).append("</title>\n");
    }

    /** An inline {@code <svg>} element as a document of its own: with its namespace declared. */
    static String standalone(String svg) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + svg.replaceFirst("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ");
    }

    static void text(StringBuilder out, double x, double y, String anchor, String cssClass, String fill, String text) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
        if (anchor != null) {
            out.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (cssClass != null) {
            out.append(" class=\"").append(esc(cssClass)).append('"');
        }
        if (fill != null) {
            out.append(" fill=\"").append(fill).append('"');
        }
        out.append('>').append(esc(text)).append("</text>\n");
    }
}
