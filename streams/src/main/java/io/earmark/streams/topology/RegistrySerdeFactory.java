package io.earmark.streams.topology;

import io.earmark.schemas.registry.SchemaRegistryClient;
import io.earmark.schemas.serde.AvroSerdes;
import io.earmark.schemas.serde.EventDecoder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/** Serdes backed by one schema registry client (HTTP in production, in-memory in unit tests). */
public final class RegistrySerdeFactory implements SerdeFactory {

    private final SchemaRegistryClient registry;

    public RegistrySerdeFactory(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    @Override
    public <T extends SpecificRecord> Serde<T> avroValue(Class<T> type) {
        return AvroSerdes.forClass(type, registry, false);
    }

    @Override
    public EventDecoder eventDecoder() {
        return new EventDecoder(registry);
    }
}
