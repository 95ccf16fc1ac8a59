package io.earmark.streams.stages;

import io.earmark.streams.model.Envelope;

/**
 * An owner-stage output bound for the asset stage (keyed by asset id) rather than for the core (keyed by fund id):
 * registrations of contested assets, the records handed over for them, and the owner stage's watermarks.
 */
public record AssetBound(Envelope envelope) {
}
