package io.earmark.schemas.serde;

import io.earmark.schemas.registry.SchemaRegistryClient;
import io.earmark.schemas.registry.SubjectSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serializer of generated Avro records into the Confluent wire format. In: a topic and a record.
 * Out: {@code 0x00}, the schema id (big-endian int32), the Avro binary body; null stays null.
 * The record's schema is registered once per subject (see {@link SubjectNames}) and the id cached.
 * A registry refusal ({@link io.earmark.schemas.registry.IncompatibleSchemaException}) or outage propagates.
 */
public class AvroSerializer<T extends SpecificRecord> implements Serializer<T> {
    private final SchemaRegistryClient registry;
    private final boolean isKey;
    private final Map<SubjectSchema, Integer> ids = new ConcurrentHashMap<>();
    private final Map<Class<?>, DatumWriter<T>> writers = new ConcurrentHashMap<>();

    public AvroSerializer(SchemaRegistryClient registry, boolean isKey) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.isKey = isKey;
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        Schema schema = record.getSchema();
        int schemaId = schemaId(new SubjectSchema(SubjectNames.subject(topic, schema, isKey), schema));
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        out.writeBytes(WireFormat.header(schemaId));
        try {
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            writers.computeIfAbsent(record.getClass(), type -> writerFor(schema, type)).write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + schema.getFullName() + " for topic " + topic, e);
        }
        return out.toByteArray();
    }

    private DatumWriter<T> writerFor(Schema schema, Class<?> type) {
        return new SpecificDatumWriter<>(schema, SpecificData.getForClass(type));
    }

    private int schemaId(SubjectSchema subjectSchema) {
        Integer id = ids.get(subjectSchema);
        if (id == null) {
            id = registry.register(subjectSchema.subject(), subjectSchema.schema());
            ids.put(subjectSchema, id);
        }
        return id;
    }
}
