package io.earmark.producers.simulate;

/** A participant of a scenario: its IIN/BIN and the BIC of the bank that holds its account (and reports its payments). */
record Party(String id, String bic) {
}
