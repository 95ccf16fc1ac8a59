package io.earmark.schemas.serde;

import io.earmark.schemas.compat.BackwardCompatibility;
import io.earmark.schemas.registry.SchemaRegistryClient;
import io.earmark.schemas.registry.UnknownSchemaIdException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;

/**
 * The decoding core shared by {@link AvroDeserializer} and {@link EventDecoder}. In: framed bytes.
 * Out: the decoded record, or a typed {@link DecodingException}. Checks size and header, fetches the writer
 * schema by id (one datum reader per id, cached), decodes with Avro schema resolution and rejects trailing bytes.
 */
final class FramedAvroReader<T> {
    static final int DEFAULT_MAX_BYTES = 1 << 20;

    /** Chooses the reader for a writer schema, or throws {@link UndecodableRecordException}. */
    @FunctionalInterface
    interface ReaderFactory<T> {
        DatumReader<T> readerFor(int schemaId, Schema writer);
    }

    private final SchemaRegistryClient registry;
    private final int maxBytes;
    private final ReaderFactory<T> factory;
    private final Map<Integer, DatumReader<T>> readersById = new ConcurrentHashMap<>();

    FramedAvroReader(SchemaRegistryClient registry, int maxBytes, ReaderFactory<T> factory) {
        if (maxBytes < WireFormat.HEADER_SIZE) {
            throw new IllegalArgumentException("maxBytes must be at least " + WireFormat.HEADER_SIZE + ": " + maxBytes);
        }
        this.registry = registry;
        this.maxBytes = maxBytes;
        this.factory = factory;
    }

    T read(byte[] bytes) {
        if (bytes != null && bytes.length > maxBytes) {
            throw new RecordTooLargeException(bytes.length, maxBytes);
        }
        int schemaId = WireFormat.readSchemaId(bytes);
        DatumReader<T> reader = readersById.get(schemaId);
        if (reader == null) {
            reader = factory.readerFor(schemaId, writerSchema(schemaId));
            readersById.putIfAbsent(schemaId, reader);
        }
        return decodeBody(bytes, schemaId, reader);
    }

    private Schema writerSchema(int schemaId) {
        try {
            return registry.schemaById(schemaId);
        } catch (UnknownSchemaIdException e) {
            throw new WriterSchemaNotFoundException(e);
        }
    }

    private static <T> T decodeBody(byte[] bytes, int schemaId, DatumReader<T> reader) {
        int bodyLength = bytes.length - WireFormat.HEADER_SIZE;
        BinaryDecoder binary = DecoderFactory.get().binaryDecoder(bytes, WireFormat.HEADER_SIZE, bodyLength, null);
        T record;
        try {
            record = reader.read(null, new BoundedDecoder(binary, bodyLength));
            if (!binary.isEnd()) {
                throw new UndecodableRecordException("trailing bytes after the record of schema id " + schemaId);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DecodingException decoding) {
                throw decoding;
            }
            throw new UndecodableRecordException("Avro body of schema id " + schemaId + " is not decodable: " + e, e);
        }
        return record;
    }

    /**
     * A specific reader resolving {@code writer} to {@code reader}, or {@link UndecodableRecordException} when the
     * two cannot be resolved (different record names, or a BACKWARD-incompatible writer).
     */
    static <T> DatumReader<T> resolving(int schemaId, Schema writer, Schema reader, SpecificData model) {
        List<String> problems = BackwardCompatibility.problems(reader, writer);
        if (!problems.isEmpty()) {
            throw new UndecodableRecordException("writer schema id " + schemaId + " (" + writer.getFullName()
                    + ") cannot be read as " + reader.getFullName() + ": " + String.join("; ", problems));
        }
        return new SpecificDatumReader<>(writer, reader, model);
    }
}
