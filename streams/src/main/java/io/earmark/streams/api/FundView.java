package io.earmark.streams.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.earmark.schemas.json.JsonLines;
import io.earmark.streams.ledger.JourneyWording;
import io.earmark.streams.ledger.StatusView;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.JourneyStep;
import java.time.Instant;

/**
 * One fund as the API shows it. In: the fund's ledger. Out: {@code {"fundId", "known", "status", "journey"}} where
 * {@code status} is DESIGN.md's {@code FundStatus} in the JSON Lines style (null while only movements naming an
 * unannounced fund were seen) and {@code journey} lists every event applied and alert raised, oldest first:
 * {@code {eventTime, kind, eventId, fromId, toId, amount, detail}}.
 */
final class FundView {

    private final StatusView statuses;

    FundView(StatusView statuses) {
        this.statuses = statuses;
    }

    String json(FundLedger ledger) {
        ObjectNode fund = Json.MAPPER.createObjectNode();
        fund.put("fundId", ledger.fundId);
        fund.put("known", ledger.known());
        if (ledger.known()) {
            fund.set("status", Json.parse(JsonLines.write(statuses.of(ledger))));
        } else {
            fund.putNull("status");
        }
        ArrayNode journey = fund.putArray("journey");
        for (JourneyStep step : ledger.journey) {
            ObjectNode line = journey.addObject();
            line.put("eventTime", Instant.ofEpochMilli(step.eventTime()).toString());
            line.put("kind", step.kind());
            line.put("eventId", step.eventId());
            line.put("fromId", step.fromId());
            line.put("toId", step.toId());
            line.put("amount", step.amount());
            line.put("detail", JourneyWording.of(step));
        }
        return fund.toString();
    }
}
