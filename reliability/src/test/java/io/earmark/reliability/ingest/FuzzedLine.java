package io.earmark.reliability.ingest;

import org.apache.avro.specific.SpecificRecord;

/**
 * One line of a fuzzed input file: its bytes (no line break), the good event it was made from, what was done to it,
 * and the field that was broken (null for whole-line defects and good lines).
 */
record FuzzedLine(String file, SpecificRecord source, Defect defect, String field, byte[] bytes) {

    boolean good() {
        return defect == Defect.NONE;
    }
}
