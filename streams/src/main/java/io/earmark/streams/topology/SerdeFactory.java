package io.earmark.streams.topology;

import io.earmark.schemas.serde.EventDecoder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/** Where the topology gets its contract serdes from; the registry's address stays outside topology code. */
public interface SerdeFactory {

    /** Value serde in the Confluent wire format for a contract record. */
    <T extends SpecificRecord> Serde<T> avroValue(Class<T> type);

    /** Decoder for input topics, which may carry events and heartbeats. */
    EventDecoder eventDecoder();
}
