package io.earmark.streams.picture;

import static io.earmark.streams.picture.Svg.esc;
import static io.earmark.streams.picture.Svg.num;

import io.earmark.streams.network.Network.Party;
import io.earmark.streams.network.Network;
import io.earmark.streams.network.NetworkPart.Kind;
import io.earmark.streams.network.NetworkPart.Link;
import io.earmark.streams.rules.Money;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws a {@link Network} as one SVG element: the party on the left, the parties one step out in the next column,
 * two steps out in the third; a box per party with its funds and alerts (red when any), each id linking to that
 * party's own network; a curve per payer, payee and kind, summed over funds, with an arrow at the payee. A purchase
 * for a beneficiary is dotted green ("bought for"), a seller's return to a beneficiary dashed dark red ("sent back").
 * At most {@link #PER_COLUMN} parties a column (the most alerted first); the picture says how many more there are.
 */
public final class NetworkSvg {

    static final int PER_COLUMN = 24;
    private static final double BOX_W = 210;
    private static final double BOX_H = 42;
    private static final double STEP = 340;
    private static final double LEFT = 16;
    private static final double TOP = 40;
    private static final double ROW = 58;
    private static final String[] HEADINGS = {"The party", "One step out", "Two steps out"};

    private final Network network;
    private final Map<String, double[]> boxes = new HashMap<>();
    private final LabelSpace labels = new LabelSpace();

    public NetworkSvg(Network network) {
        this.network = network;
    }

    public String render() {
        Map<Integer, List<Party>> columns = new TreeMap<>();
        for (Party p : network.parties()) {
            columns.computeIfAbsent(Math.min(p.distance(), 2), d -> new java.util.ArrayList<>()).add(p);
        }
        int rows = 1;
        for (List<Party> column : columns.values()) {
            column.sort(java.util.Comparator.comparingInt(Party::alerts).reversed().thenComparing(Party::partyId));
            rows = Math.max(rows, Math.min(column.size(), PER_COLUMN) + (column.size() > PER_COLUMN ? 1 : 0));
        }
        double width = LEFT * 2 + 2 * STEP + BOX_W + 60;
        double height = TOP + rows * ROW + 52;
        StringBuilder out = new StringBuilder(8192);
        Svg.open(out, "earmark-network", width, height, "Who is linked to " + network.partyId() + " by money");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        columns.forEach((d, column) -> {
            Svg.text(out, LEFT + d * STEP, 22, null, "heading", "#17324d", HEADINGS[d]);
            for (int i = 0; i < Math.min(column.size(), PER_COLUMN); i++) {
                boxes.put(column.get(i).partyId(), new double[] {LEFT + d * STEP, TOP + i * ROW});
            }
            if (column.size() > PER_COLUMN) {
                Svg.text(out, LEFT + d * STEP, TOP + PER_COLUMN * ROW + 16, null, "more", "#5b6776",
                        "and " + (column.size() - PER_COLUMN) + " more parties");
            }
        });
        Map<String, long[]> edges = new TreeMap<>();
        for (Link l : network.links()) {
            edges.merge(l.kind() + "\u0000" + l.from() + "\u0000" + l.to(), new long[] {l.amount(), 1},
                    (a, b) -> new long[] {Money.plus("link", a[0], b[0]), a[1] + b[1]});
        }
        edges.forEach((key, sum) -> {
            String[] parts = key.split("\u0000", -1);
            edge(out, Kind.valueOf(parts[0]), parts[1], parts[2], sum[0], (int) sum[1]);
        });
        for (Party p : network.parties()) {
            if (boxes.containsKey(p.partyId())) {
                party(out, p);
            }
        }
        Svg.text(out, LEFT, height - 26, null, "legend", "#3d4a5a", "blue: paid with a fund's money;  "
                + "green dotted: bought for a beneficiary (its financial organisation paid the seller);");
        Svg.text(out, LEFT, height - 10, null, "legend", "#3d4a5a", "red dashed: sent back by a seller to a "
                + "beneficiary. Amounts are summed over the funds shown; click a party to see its own network.");
        out.append("</svg>\n");
        return out.toString();
    }

    private void party(StringBuilder out, Party p) {
        double[] box = boxes.get(p.partyId());
        boolean centre = p.distance() == 0;
        out.append("<g class=\"party\" data-party=\"").append(esc(p.partyId())).append("\" data-distance=\"")
                .append(p.distance()).append("\" data-alerts=\"").append(p.alerts()).append("\"><title>")
                .append(esc(p.partyId())).append("</title>\n<rect x=\"").append(num(box[0])).append("\" y=\"")
                .append(num(box[1])).append("\" width=\"").append(num(BOX_W)).append("\" height=\"").append(num(BOX_H))
                .append("\" rx=\"6\" fill=\"").append(centre ? "#dbe8f5" : "#f6f7f9").append("\" stroke=\"")
                .append(p.alerts() > 0 ? "#a50e0e" : "#5b6776").append("\" stroke-width=\"").append(centre ? "2" : "1.2")
                .append("\"/>\n<a href=\"").append(esc(FundPictures.partyLink(p.partyId()))).append("\"><text x=\"")
                .append(num(box[0] + 8)).append("\" y=\"").append(num(box[1] + 17))
                .append("\" font-family=\"Menlo, Consolas, monospace\" font-weight=\"bold\" text-decoration=\"underline\"")
                .append(" fill=\"#1c2430\">").append(esc(Svg.shorten(p.partyId(), 25))).append("</text></a>\n");
        Svg.text(out, box[0] + 8, box[1] + 34, null, "counts", p.alerts() > 0 ? "#a50e0e" : "#3d4a5a",
                p.funds() + (p.funds() == 1 ? " fund, " : " funds, ") + p.alerts() + (p.alerts() == 1 ? " alert" : " alerts"));
        out.append("</g>\n");
    }

    private void edge(StringBuilder out, Kind kind, String from, String to, long amount, int funds) {
        double[] a = boxes.get(from);
        double[] b = boxes.get(to);
        if (a == null || b == null) {
            return;
        }
        boolean sameColumn = a[0] == b[0];
        double[] left = a[0] <= b[0] ? a : b;
        double[] right = a[0] <= b[0] ? b : a;
        double sx = left[0] + BOX_W;
        double lane = kind == Kind.SENT_BACK ? 9 : kind == Kind.BOUGHT ? 0 : -9;
        double sy = left[1] + BOX_H / 2 + lane;
        double tx = sameColumn ? right[0] + BOX_W : right[0];
        double ty = right[1] + BOX_H / 2 + lane;
        double bend = sameColumn ? 60 + Math.abs(ty - sy) / 6 : (tx - sx) / 2;
        double c1x = sx + bend;
        double c2x = sameColumn ? tx + bend : tx - bend;
        boolean towardsRight = a == left && !sameColumn;
        double hx = towardsRight || sameColumn ? tx : sx;
        double hy = towardsRight || sameColumn ? ty : sy;
        double dir = towardsRight ? -1 : 1;
        String colour = kind == Kind.SENT_BACK ? "#a50e0e" : kind == Kind.BOUGHT ? "#2b7a0b" : "#2f6fb0";
        out.append("<g class=\"link kind-").append(kind).append("\" data-from=\"").append(esc(from))
                .append("\" data-to=\"").append(esc(to)).append("\" data-amount=\"").append(amount).append("\">\n")
                .append("<path d=\"M").append(num(sx)).append(',').append(num(sy)).append(" C").append(num(c1x))
                .append(',').append(num(sy)).append(' ').append(num(c2x)).append(',').append(num(ty)).append(' ')
                .append(num(tx)).append(',').append(num(ty)).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"").append(kind == Kind.SENT_BACK ? "2.6" : "1.6").append('"')
                .append(kind == Kind.SENT_BACK ? " stroke-dasharray=\"10 4 2 4\"" : kind == Kind.BOUGHT
                        ? " stroke-dasharray=\"3 3\"" : "").append("/>\n<polygon points=\"")
                .append(num(hx)).append(',').append(num(hy)).append(' ').append(num(hx + dir * 9)).append(',')
                .append(num(hy - 5)).append(' ').append(num(hx + dir * 9)).append(',').append(num(hy + 5))
                .append("\" fill=\"").append(colour).append("\"/>\n");
        String label = (kind == Kind.SENT_BACK ? "sent back " : kind == Kind.BOUGHT ? "bought for " : "")
                + Svg.kzt(amount)
                + (funds > 1 ? " (" + funds + " funds)" : "");
        double w = label.length() * 6.4 + 10;
        double mx = sameColumn ? sx + bend * 0.75 : (sx + tx) / 2;
        double my = labels.place(mx - w / 2, (sy + ty) / 2 + 4, w);
        out.append("<rect x=\"").append(num(mx - w / 2)).append("\" y=\"").append(num(my - 11)).append("\" width=\"")
                .append(num(w)).append("\" height=\"15\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.92\"/>\n");
        Svg.text(out, mx, my, "middle", "amount", colour, label);
        out.append("</g>\n");
    }
}
