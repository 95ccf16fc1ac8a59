package io.earmark.streams.picture;

import static io.earmark.streams.picture.Svg.esc;
import static io.earmark.streams.picture.Svg.num;

import io.earmark.streams.picture.FlowGraph.AssetGroup;
import io.earmark.streams.picture.FlowGraph.Edge;
import io.earmark.streams.picture.FlowGraph.Kind;
import io.earmark.streams.picture.FlowGraph.Node;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Draws a {@link FlowGraph} as one self-contained SVG element: four role columns, a box per holder (with what it
 * holds now and the assets that came with it), a curve per edge with its amount ("×3" for three transfers). Money
 * that goes the way it should flows left to right (past a column, such as the financial organisation paying a seller,
 * underneath the boxes); a return to the operator or a seller's kickback to the beneficiary bends back underneath.
 * Marked edges are told apart by colour, dash pattern and a word, so the picture still reads when printed in grey.
 * Every edge and node carries {@code data-*} attributes naming its parties and kind, for tests and scripts.
 */
final class FlowSvg {

    static final double BOX_W = 180;
    static final double BOX_H = 52;
    private static final double COLUMN_STEP = 290;
    private static final double LEFT = 16;
    private static final double TOP = 44;
    private static final double ASSET_LINE = 15;
    private static final double GAP = 76;
    private static final String[] HEADINGS = {"Operator", "Financial organisation", "Beneficiary",
            "Sellers and others"};

    private final FlowGraph graph;
    private final Map<String, Long> held;
    private final Function<String, String> partyLink;
    private final Map<String, double[]> boxes = new HashMap<>();
    private final LabelSpace labels = new LabelSpace();

    /** {@code held}: what each holder holds now; {@code partyLink}: a party id's link target, or null for none. */
    FlowSvg(FlowGraph graph, Map<String, Long> held, Function<String, String> partyLink) {
        this.graph = graph;
        this.held = held;
        this.partyLink = partyLink;
    }

    String render() {
        double[] columnBottom = new double[4];
        Arrays.fill(columnBottom, TOP);
        for (Node node : graph.nodes()) {
            int column = node.role().column();
            double lines = assetsOf(node).size();
            double height = BOX_H + (lines == 0 ? 0 : 6 + lines * ASSET_LINE);
            boxes.put(node.id(), new double[] {LEFT + column * COLUMN_STEP, columnBottom[column], height});
            columnBottom[column] += height + GAP;
        }
        double height = Arrays.stream(columnBottom).max().orElse(TOP) - GAP + 110;
        double width = LEFT * 2 + 3 * COLUMN_STEP + BOX_W;
        StringBuilder out = new StringBuilder(8192);
        Svg.open(out, "earmark-flow", width, height, "Where the money of fund " + graph.fundId() + " went");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (int c = 0; c < HEADINGS.length; c++) {
            Svg.text(out, LEFT + c * COLUMN_STEP, 22, null, "heading", "#17324d", HEADINGS[c]);
        }
        for (Edge edge : graph.edges()) {
            edge(out, edge);
        }
        for (Node node : graph.nodes()) {
            node(out, node);
        }
        legend(out, height - 28);
        out.append("</svg>\n");
        return out.toString();
    }

    private void node(StringBuilder out, Node node) {
        double[] box = boxes.get(node.id());
        double x = box[0];
        double y = box[1];
        out.append("<g class=\"node role-").append(node.role()).append("\" data-party=\"").append(esc(node.party()))
                .append("\" data-role=\"").append(node.role()).append("\"><title>").append(esc(node.role().words))
                .append(": ").append(esc(node.party())).append("</title>\n");
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(BOX_W))
                .append("\" height=\"").append(num(box[2])).append("\" rx=\"6\" fill=\"").append(fill(node))
                .append("\" stroke=\"#5b6776\" stroke-width=\"1.2\"/>\n");
        Svg.text(out, x + 8, y + 15, null, "role", "#5b6776", Svg.shorten(node.role().words, 30));
        String shown = Svg.shorten(node.party(), 22);
        if (partyLink != null) {
            out.append("<a href=\"").append(esc(partyLink.apply(node.party()))).append("\">");
        }
        out.append("<text x=\"").append(num(x + 8)).append("\" y=\"").append(num(y + 31))
                .append("\" font-family=\"Menlo, Consolas, monospace\" font-weight=\"bold\" fill=\"#1c2430\"")
                .append(partyLink == null ? "" : " text-decoration=\"underline\"").append('>').append(esc(shown))
                .append("</text>");
        out.append(partyLink == null ? "\n" : "</a>\n");
        Long holds = held.get(node.party());
        if (holds != null && node.role() != FlowGraph.Role.CASH) {
            Svg.text(out, x + 8, y + 46, null, "held", "#1c2430", "holds " + Svg.kzt(holds) + " now");
        }
        double line = y + BOX_H + 12;
        for (AssetGroup a : assetsOf(node)) {
            Svg.text(out, x + 8, line, null, "asset", "#2b5d12", "\u25A0 " + a.count() + " \u00D7 "
                    + Svg.shorten(a.assetType(), 12) + ", " + Svg.kzt(a.value()));
            line += ASSET_LINE;
        }
        out.append("</g>\n");
    }

    private void edge(StringBuilder out, Edge edge) {
        double[] from = boxes.get(edge.from());
        double[] to = boxes.get(edge.to());
        int direction = Double.compare(to[0], from[0]);
        double sx;
        double sy;
        double tx;
        double ty;
        double c1x;
        double c1y;
        double c2x;
        double c2y;
        String arrow;
        if (direction > 0 && to[0] - from[0] < COLUMN_STEP * 1.5) {
            sx = from[0] + BOX_W;
            sy = from[1] + BOX_H / 2;
            tx = to[0];
            ty = to[1] + BOX_H / 2;
            double dx = (tx - sx) / 2;
            c1x = sx + dx;
            c1y = sy;
            c2x = tx - dx;
            c2y = ty;
            arrow = num(tx) + "," + num(ty) + " " + num(tx - 9) + "," + num(ty - 5) + " " + num(tx - 9) + "," + num(ty + 5);
        } else if (direction != 0) {
            double offset = direction < 0 ? 20 : -20;
            sx = from[0] + BOX_W / 2 + offset;
            sy = from[1] + from[2];
            tx = to[0] + BOX_W / 2 + offset;
            ty = to[1] + to[2];
            double dip = 34 + 0.08 * Math.abs(sx - tx);
            c1x = sx;
            c1y = Math.max(sy, ty) + dip;
            c2x = tx;
            c2y = c1y;
            arrow = num(tx) + "," + num(ty) + " " + num(tx - 5) + "," + num(ty + 9) + " " + num(tx + 5) + "," + num(ty + 9);
        } else {
            sx = from[0] + BOX_W;
            sy = from[1] + BOX_H / 2 + 8;
            tx = to[0] + BOX_W;
            ty = to[1] + BOX_H / 2 - 8;
            c1x = sx + 50;
            c1y = sy;
            c2x = tx + 50;
            c2y = ty;
            arrow = num(tx) + "," + num(ty) + " " + num(tx + 9) + "," + num(ty - 5) + " " + num(tx + 9) + "," + num(ty + 5);
        }
        EdgeStyle style = EdgeStyle.of(edge.kind());
        out.append("<g class=\"edge kind-").append(edge.kind()).append("\" data-from=\"").append(esc(edge.from()))
                .append("\" data-to=\"").append(esc(edge.to())).append("\" data-kind=\"").append(edge.kind())
                .append("\" data-amount=\"").append(edge.amount()).append("\">\n<path d=\"M").append(num(sx)).append(',')
                .append(num(sy)).append(" C").append(num(c1x)).append(',').append(num(c1y)).append(' ').append(num(c2x))
                .append(',').append(num(c2y)).append(' ').append(num(tx)).append(',').append(num(ty))
                .append("\" fill=\"none\" stroke=\"").append(style.colour()).append("\" stroke-width=\"")
                .append(style.width()).append('"').append(style.dash() == null ? "" : " stroke-dasharray=\""
                        + style.dash() + "\"").append("/>\n<polygon points=\"").append(arrow).append("\" fill=\"")
                .append(style.colour()).append("\"/>\n");
        double mx = 0.125 * sx + 0.375 * c1x + 0.375 * c2x + 0.125 * tx;
        String label = (style.word() == null ? "" : style.word() + " ") + Svg.kzt(edge.amount())
                + (edge.transfers() > 1 ? " \u00D7" + edge.transfers() : "");
        double w = label.length() * 6.4 + 10;
        double my = labels.place(mx - w / 2, 0.125 * sy + 0.375 * c1y + 0.375 * c2y + 0.125 * ty, w);
        out.append("<rect x=\"").append(num(mx - w / 2)).append("\" y=\"").append(num(my - 11)).append("\" width=\"")
                .append(num(w)).append("\" height=\"15\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.92\" stroke=\"")
                .append(style.colour()).append("\" stroke-width=\"0.6\"/>\n");
        Svg.text(out, mx, my, "middle", "amount", style.colour(), label);
        out.append("</g>\n");
    }

    private void legend(StringBuilder out, double y) {
        double x = LEFT;
        for (Kind kind : Kind.values()) {
            EdgeStyle style = EdgeStyle.of(kind);
            out.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(y - 4)).append("\" x2=\"")
                    .append(num(x + 34)).append("\" y2=\"").append(num(y - 4)).append("\" stroke=\"").append(style.colour())
                    .append("\" stroke-width=\"").append(style.width()).append('"')
                    .append(style.dash() == null ? "" : " stroke-dasharray=\"" + style.dash() + "\"").append("/>\n");
            Svg.text(out, x + 40, y, null, "legend", "#3d4a5a", style.legend());
            x += 40 + style.legend().length() * 6.4 + 22;
        }
        Svg.text(out, LEFT, y + 18, null, "legend", "#2b5d12", "\u25A0 assets registered with the fund's money "
                + "(count \u00D7 type, value), on the seller they came from");
    }

    private List<AssetGroup> assetsOf(Node node) {
        return graph.assets().stream().filter(a -> a.nodeId().equals(node.id())).toList();
    }

    private static String fill(Node node) {
        return switch (node.role()) {
            case OPERATOR -> "#eef2f6";
            case FINANCIAL_ORG -> "#e7f0fa";
            case BENEFICIARY -> "#eef7ea";
            case SELLER -> "#fdf6e3";
            case OUTSIDER, CASH -> "#fdecea";
        };
    }
}
