package io.earmark.streams.picture;

import static io.earmark.streams.picture.Svg.esc;
import static io.earmark.streams.picture.Svg.num;

import io.earmark.streams.picture.IdleStrip.Episode;
import io.earmark.streams.picture.IdleStrip.Mark;
import io.earmark.streams.picture.IdleStrip.Point;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Draws an {@link IdleStrip} as one SVG element: the financial organisation's balance as a step line over event time;
 * per idle episode the time within the limit shaded green and the time past it shaded red, with the limit (and, once
 * the balance outlasts it, three times the limit) as dashed lines; payments to sellers (▲) and registrations (◆) under the axis; alerts as flags.
 * The limit lines, shaded spans and flags carry their instants in {@code data-at}/{@code data-from}/{@code data-to}.
 */
final class StripSvg {

    private static final double WIDTH = 1082;
    private static final double HEIGHT = 214;
    private static final double X0 = 84;
    private static final double X1 = 1050;
    private static final double TOP = 52;
    private static final double AXIS = 150;

    private final IdleStrip strip;
    private final long end;
    private final long max;

    StripSvg(IdleStrip strip) {
        this.strip = strip;
        long span = strip.end() - strip.start();
        this.end = strip.end() + span / 30;
        this.max = Math.max(1, strip.balance().stream().mapToLong(Point::balance).max().orElse(0));
    }

    String render() {
        StringBuilder out = new StringBuilder(4096);
        Svg.open(out, "earmark-strip", WIDTH, HEIGHT, "What the financial organisation held of fund " + strip.fundId()
                + " over time, against its idle limit of " + strip.maxIdleHours() + " h");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        Svg.text(out, 8, 16, null, "heading", "#17324d", "Held by the financial organisation, against the idle limit of "
                + strip.maxIdleHours() + " h");
        for (Episode e : strip.episodes()) {
            episode(out, e);
        }
        balance(out);
        axis(out);
        for (Mark m : strip.marks()) {
            mark(out, m);
        }
        int i = 0;
        for (Mark f : strip.flags()) {
            flag(out, f, i++);
        }
        out.append("</svg>\n");
        return out.toString();
    }

    double x(long at) {
        return X0 + (X1 - X0) * (at - strip.start()) / (double) (end - strip.start());
    }

    private double y(long balance) {
        return AXIS - (AXIS - TOP) * Math.max(0, balance) / (double) max;
    }

    private void episode(StringBuilder out, Episode e) {
        long until = e.until() == null ? end : e.until();
        span(out, "within-limit", e.from(), Math.min(until, e.limit()), "#2b7a0b", "0.10");
        if (until > e.limit()) {
            span(out, "over-limit", e.limit(), until, "#d9480f", "0.22");
        }
        limit(out, e.limit(), "idle limit " + strip.maxIdleHours() + " h", "idle-limit");
        if (until > e.highLimit()) {
            limit(out, e.highLimit(), "3 \u00D7 limit", "idle-limit-high");
        }
    }

    private void span(StringBuilder out, String cssClass, long from, long to, String colour, String opacity) {
        out.append("<rect class=\"").append(cssClass).append("\" data-from=\"").append(Svg.iso(from))
                .append("\" data-to=\"").append(Svg.iso(to)).append("\" x=\"").append(num(x(from))).append("\" y=\"")
                .append(num(TOP)).append("\" width=\"").append(num(Math.max(0, x(to) - x(from)))).append("\" height=\"")
                .append(num(AXIS - TOP)).append("\" fill=\"").append(colour).append("\" fill-opacity=\"").append(opacity)
                .append("\"/>\n");
    }

    private void limit(StringBuilder out, long at, String label, String cssClass) {
        out.append("<line class=\"").append(cssClass).append("\" data-at=\"").append(Svg.iso(at)).append("\" x1=\"")
                .append(num(x(at))).append("\" y1=\"").append(num(TOP - 4)).append("\" x2=\"").append(num(x(at)))
                .append("\" y2=\"").append(num(AXIS)).append("\" stroke=\"#d9480f\" stroke-width=\"1.5\" ")
                .append("stroke-dasharray=\"5 3\"/>\n");
        Svg.text(out, x(at) + 4, AXIS - 6, null, cssClass + "-label", "#a53a0a", label);
    }

    private void balance(StringBuilder out) {
        StringBuilder d = new StringBuilder("M").append(num(x(strip.start()))).append(',').append(num(y(0)));
        for (Point p : strip.balance()) {
            d.append(" H").append(num(x(p.at()))).append(" V").append(num(y(p.balance())));
        }
        d.append(" H").append(num(x(end)));
        out.append("<path class=\"balance\" d=\"").append(d).append("\" fill=\"none\" stroke=\"#2f6fb0\" ")
                .append("stroke-width=\"2.2\"/>\n");
        Svg.text(out, X0 - 6, TOP + 4, "end", "scale", "#3d4a5a", Svg.kzt(max));
        Svg.text(out, X0 - 6, AXIS + 4, "end", "scale", "#3d4a5a", "0 \u20B8");
    }

    private void axis(StringBuilder out) {
        out.append("<line x1=\"").append(num(X0)).append("\" y1=\"").append(num(AXIS)).append("\" x2=\"").append(num(X1))
                .append("\" y2=\"").append(num(AXIS)).append("\" stroke=\"#5b6776\"/>\n");
        long spanDays = Math.max(1, Duration.ofMillis(end - strip.start()).toDays());
        long stepDays = Math.max(1, (spanDays + 7) / 8);
        Instant tick = Instant.ofEpochMilli(strip.start()).truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        if (spanDays < 2) {
            Svg.text(out, X0, AXIS + 44, "start", "tick", "#3d4a5a", Svg.when(strip.start()));
            Svg.text(out, X1, AXIS + 44, "end", "tick", "#3d4a5a", Svg.when(end));
            return;
        }
        while (tick.toEpochMilli() <= end) {
            double tx = x(tick.toEpochMilli());
            out.append("<line x1=\"").append(num(tx)).append("\" y1=\"").append(num(AXIS)).append("\" x2=\"")
                    .append(num(tx)).append("\" y2=\"").append(num(AXIS + 4)).append("\" stroke=\"#5b6776\"/>\n");
            Svg.text(out, tx, AXIS + 44, "middle", "tick", "#3d4a5a", tick.toString().substring(0, 10));
            tick = tick.plus(stepDays, ChronoUnit.DAYS);
        }
    }

    private void mark(StringBuilder out, Mark m) {
        double mx = x(m.at());
        double my = AXIS + 16;
        String shape = "PAYMENT".equals(m.kind())
                ? num(mx) + "," + num(my - 6) + " " + num(mx - 6) + "," + num(my + 5) + " " + num(mx + 6) + "," + num(my + 5)
                : num(mx) + "," + num(my - 6) + " " + num(mx - 5) + "," + num(my) + " " + num(mx) + "," + num(my + 6)
                        + " " + num(mx + 5) + "," + num(my);
        out.append("<polygon class=\"mark mark-").append(m.kind()).append("\" data-at=\"").append(Svg.iso(m.at()))
                .append("\" points=\"").append(shape).append("\" fill=\"")
                .append("PAYMENT".equals(m.kind()) ? "#b58100" : "#2b7a0b").append("\"><title>").append(esc(m.label()))
                .append("</title></polygon>\n");
    }

    private void flag(StringBuilder out, Mark f, int index) {
        double fx = x(f.at());
        double top = 24 + (index % 3) * 9;
        String colour = "KICKBACK_SUSPECTED".equals(f.kind()) || "DUPLICATE_ASSET".equals(f.kind()) ? "#a50e0e"
                : "#d9480f";
        out.append("<g class=\"flag\" data-rule=\"").append(esc(f.kind())).append("\" data-at=\"").append(Svg.iso(f.at()))
                .append("\"><title>").append(esc(f.label())).append("</title><line x1=\"").append(num(fx))
                .append("\" y1=\"").append(num(top)).append("\" x2=\"").append(num(fx)).append("\" y2=\"").append(num(AXIS))
                .append("\" stroke=\"").append(colour).append("\" stroke-width=\"1.2\"/><polygon points=\"")
                .append(num(fx)).append(',').append(num(top)).append(' ').append(num(fx + 9)).append(',')
                .append(num(top + 4)).append(' ').append(num(fx)).append(',').append(num(top + 8))
                .append("\" fill=\"").append(colour).append("\"/>\n");
        String label = f.kind().toLowerCase().replace('_', ' ');
        boolean right = fx > X1 - 140;
        Svg.text(out, right ? fx - 4 : fx + 12, top + 8, right ? "end" : null, "flag-label", colour, label);
        out.append("</g>\n");
    }
}
