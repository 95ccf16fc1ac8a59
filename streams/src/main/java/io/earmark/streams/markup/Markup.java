package io.earmark.streams.markup;

/** Escaping of text for HTML and SVG, in content or a quoted attribute value: the one escaper of both. */
public final class Markup {

    private Markup() {
    }

    /** For HTML; null becomes the empty string. */
    public static String escape(String text) {
        return escape(text, false);
    }

    /** For XML (SVG): as {@link #escape}, and control characters XML 1.0 forbids become spaces. */
    public static String escapeXml(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean xml) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(xml && c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
