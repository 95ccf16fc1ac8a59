package io.earmark.producers.ingest;

import org.apache.avro.specific.SpecificRecord;

import java.time.Instant;

/**
 * One non-blank line of an input file: where it is, its raw text, and either the parsed and valid event (with
 * its eventTime) or the rejection saying why it cannot be published.
 */
public record InputLine(String file, long lineNumber, String raw, SpecificRecord event, Instant eventTime,
                        Rejection rejection) {

    public boolean ok() {
        return rejection == null;
    }
}
