package io.earmark.streams.picture;

import io.earmark.streams.state.FundLedger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The pictures of one fund, for the case report and the dashboard: the money-flow diagram and the idle strip, each a
 * self-contained {@code <svg>} element (no script, no external reference). A fund whose earmark is not known yet has
 * no roles to draw, so no pictures.
 */
public final class FundPictures {

    private FundPictures() {
    }

    /** Both pictures, flow diagram first; empty for a fund whose earmark is not known. */
    public static Optional<String> of(FundLedger ledger, boolean linkParties) {
        if (ledger == null || !ledger.known()) {
            return Optional.empty();
        }
        return Optional.of(flow(ledger, linkParties) + strip(ledger));
    }

    /** The money-flow diagram of a fund whose earmark is known; party ids link to their network when asked. */
    public static String flow(FundLedger ledger, boolean linkParties) {
        return new FlowSvg(FlowGraph.of(ledger), ledger.balances, linkParties ? FundPictures::partyLink : null)
                .render();
    }

    /** The idle strip of a fund whose earmark is known. */
    public static String strip(FundLedger ledger) {
        return new StripSvg(IdleStrip.of(ledger)).render();
    }

    /** A picture as an SVG file of its own (an XML declaration, the SVG namespace declared). */
    public static String document(String svg) {
        return Svg.standalone(svg);
    }

    /** The dashboard's link to a party's network view. */
    public static String partyLink(String partyId) {
        return "#party=" + URLEncoder.encode(partyId, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
