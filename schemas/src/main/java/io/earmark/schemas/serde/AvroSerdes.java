package io.earmark.schemas.serde;

import io.earmark.schemas.registry.SchemaRegistryClient;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Factory of Kafka {@link Serde}s for generated Avro classes in the Confluent wire format. */
public final class AvroSerdes {
    private AvroSerdes() {
    }

    /** A serde writing {@code type} under the topic's key or value subject and reading it with resolution. */
    public static <T extends SpecificRecord> Serde<T> forClass(Class<T> type, SchemaRegistryClient registry, boolean isKey) {
        return Serdes.serdeFrom(new AvroSerializer<>(registry, isKey), new AvroDeserializer<>(registry, type));
    }
}
