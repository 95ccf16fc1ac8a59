package io.earmark.streams.order;

import io.earmark.schema.FundAlert;
import io.earmark.schema.FundStatus;
import io.earmark.streams.deadletter.DeadLetter;
import io.earmark.streams.model.Envelope;
import org.apache.kafka.streams.processor.api.Record;

/**
 * What a stage sends on, one of a closed set; the topology routes each kind to its own place.
 */
public sealed interface StageOutput {

    /** The key a watermark travels under (repartitioning drops null keys; the partitioner sends it everywhere). */
    String WATERMARK_KEY = "*watermark*";

    /** An envelope (a payload or a watermark) for the next stage along the main path. */
    record Onward(Envelope envelope) implements StageOutput {
    }

    /** An owner-stage envelope for the asset stage (keyed by asset id) rather than the core (keyed by fund id). */
    record ToAssetStage(Envelope envelope) implements StageOutput {
    }

    /** A raised alert, for the alerts topic (and its case's opening). */
    record Alert(FundAlert alert) implements StageOutput {
    }

    /** A fund's status, for the fund-status topic. */
    record Status(FundStatus status) implements StageOutput {
    }

    /** A record that could not be read or a unit of work that failed, for the dead-letter topic. */
    record Failed(DeadLetter letter) implements StageOutput {
    }

    /** {@code letter}'s record (key, timestamp and the headers that say why) as a stage sends it. */
    static Record<String, StageOutput> failed(Record<String, DeadLetter> letter) {
        return letter.withValue(new Failed(letter.value()));
    }
}
