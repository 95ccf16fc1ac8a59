package io.earmark.streams.picture;

import io.earmark.streams.picture.FlowGraph.Kind;

/** How an edge of a money-flow picture is drawn: colour, width, dash pattern and the word on its label. */
record EdgeStyle(String colour, String width, String dash, String word, String legend) {

    static EdgeStyle of(Kind kind) {
        return switch (kind) {
            case PAYMENT -> new EdgeStyle("#2f6fb0", "2", null, null, "transfer of the fund's money");
            case RETURN -> new EdgeStyle("#5b6776", "2", "2 3", "returned", "returned to the operator");
            case DIVERSION -> new EdgeStyle("#d9480f", "2.5", "8 4", "DIVERTED", "diverted");
            case CASH -> new EdgeStyle("#c2255c", "2.5", "8 4", "CASH", "withdrawn in cash");
            case KICKBACK -> new EdgeStyle("#a50e0e", "3", "10 4 2 4", "KICKBACK", "kickback (seller to beneficiary)");
        };
    }
}
