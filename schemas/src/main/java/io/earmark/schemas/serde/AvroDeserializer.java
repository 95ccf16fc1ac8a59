package io.earmark.schemas.serde;

import io.earmark.schemas.registry.SchemaRegistryClient;
import java.util.Objects;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka deserializer of Confluent wire-format bytes into one generated Avro class. In: framed bytes (null
 * stays null, e.g. a tombstone). Out: an instance of {@code type}, decoded with Avro schema resolution from the
 * writer schema (fetched by id, cached) to the class's schema, so older and newer compatible writers work.
 * Bad bytes fail with a {@link DecodingException} whose {@code reason()} is the dead-letter reason.
 */
public class AvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {
    private final FramedAvroReader<T> reader;

    public AvroDeserializer(SchemaRegistryClient registry, Class<T> type) {
        this(registry, type, FramedAvroReader.DEFAULT_MAX_BYTES);
    }

    /** As above, refusing values longer than {@code maxBytes} with {@link RecordTooLargeException}. */
    public AvroDeserializer(SchemaRegistryClient registry, Class<T> type, int maxBytes) {
        Objects.requireNonNull(registry, "registry");
        SpecificData model = SpecificData.getForClass(type);
        org.apache.avro.Schema readerSchema = model.getSchema(type);
        this.reader = new FramedAvroReader<>(registry, maxBytes,
                (schemaId, writer) -> FramedAvroReader.resolving(schemaId, writer, readerSchema, model));
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        return data == null ? null : reader.read(data);
    }
}
