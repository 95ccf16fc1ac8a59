package io.earmark.streams.replay.report;

import io.earmark.streams.markup.Markup;
import io.earmark.streams.rules.Money;

/** Small helpers for writing the HTML report: escaping, anchors, money and times as a person reads them. */
final class Html {

    private Html() {
    }

    /** Text for HTML content or a quoted attribute value; null becomes the empty string. */
    static String esc(String text) {
        return Markup.escape(text);
    }

    /** An id usable as an in-page anchor: letters, digits, '-' and '_' kept, anything else becomes '_'. */
    static String anchor(String prefix, String... parts) {
        StringBuilder out = new StringBuilder(prefix);
        for (String part : parts) {
            out.append('-').append(part == null ? "" : part.replaceAll("[^A-Za-z0-9_-]", "_"));
        }
        return out.toString();
    }

    static String kzt(Long tiyn) {
        return tiyn == null ? "" : Money.kzt(tiyn);
    }

    /** {@code 2024-10-01T09:30:00Z} as {@code 2024-10-01 09:30:00 UTC}. */
    static String when(String iso) {
        if (iso == null) {
            return "";
        }
        String text = iso.replace('T', ' ');
        return text.endsWith("Z") ? text.substring(0, text.length() - 1) + " UTC" : text;
    }

    /** A party id with its role for the fund, e.g. {@code 990740000683 (financial organisation)}. */
    static String party(String id, String role) {
        if (id == null) {
            return "";
        }
        return esc(id) + (role == null || role.isEmpty() ? "" : " <span class=\"role\">(" + esc(role) + ")</span>");
    }
}
