package io.earmark.streams.topology;

import io.earmark.schemas.registry.SchemaRegistryClient;
import io.earmark.schemas.serde.AvroSerdes;
import io.earmark.schemas.serde.EventDecoder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/** Serdes backed by one schema registry client (HTTP in production, in-memory in unit tests). */
public final class RegistrySerdeFactory implements SerdeFactory {

    private final SchemaRegistryClient registry;
    private final int maxInputBytes;

    /** Input values up to the decoder's default maximum (1 MiB). */
    public RegistrySerdeFactory(SchemaRegistryClient registry) {
        this(registry, EventDecoder.DEFAULT_MAX_BYTES);
    }

    /** Input values longer than {@code maxInputBytes} are refused by the decode stages (reason TOO_LARGE). */
    public RegistrySerdeFactory(SchemaRegistryClient registry, int maxInputBytes) {
        this.registry = registry;
        this.maxInputBytes = maxInputBytes;
    }

    @Override
    public <T extends SpecificRecord> Serde<T> avroValue(Class<T> type) {
        return AvroSerdes.forClass(type, registry, false);
    }

    @Override
    public EventDecoder eventDecoder() {
        return new EventDecoder(registry, maxInputBytes);
    }
}
