package io.earmark.producers.simulate;

import io.earmark.schema.Registry;

/** One asset a fund is meant to buy: its type, the registry that records it, its price in tiyn and its seller. */
record Item(String assetType, Registry registry, long price, Party seller) {
}
