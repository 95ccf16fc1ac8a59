package io.earmark.schemas.serde;

import io.earmark.schema.AssetRegistered;
import io.earmark.schema.CaseEvent;
import io.earmark.schema.FundAlert;
import io.earmark.schema.FundEarmarked;
import io.earmark.schema.FundMovement;
import io.earmark.schema.FundStatus;
import io.earmark.schema.Heartbeat;
import io.earmark.schemas.registry.SchemaRegistryClient;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Decodes a wire-format record of any Earmark top-level type, so one input topic may carry events and
 * heartbeats. In: framed bytes. Out: a {@link FundEarmarked}, {@link FundMovement}, {@link AssetRegistered},
 * {@link FundAlert}, {@link FundStatus} or {@link Heartbeat}, chosen by the writer schema's full name and decoded
 * with resolution against that class's schema. Failures are typed {@link DecodingException}s (null, too short or
 * wrong magic byte: NOT_WIRE_FORMAT; unknown id: UNKNOWN_SCHEMA_ID; bad body or unknown record name: UNDECODABLE).
 */
public final class EventDecoder {
    /** The generated classes this decoder returns, by full record name. */
    public static final Map<String, Class<? extends SpecificRecord>> TYPES = List.<Class<? extends SpecificRecord>>of(
                    FundEarmarked.class, FundMovement.class, AssetRegistered.class,
                    FundAlert.class, FundStatus.class, Heartbeat.class, CaseEvent.class).stream()
            .collect(Collectors.toUnmodifiableMap(type -> schemaOf(type).getFullName(), Function.identity()));

    /** The largest record {@link #EventDecoder(SchemaRegistryClient)} accepts: 1 MiB. */
    public static final int DEFAULT_MAX_BYTES = FramedAvroReader.DEFAULT_MAX_BYTES;

    private final FramedAvroReader<SpecificRecord> reader;

    public EventDecoder(SchemaRegistryClient registry) {
        this(registry, DEFAULT_MAX_BYTES);
    }

    public EventDecoder(SchemaRegistryClient registry, int maxBytes) {
        Objects.requireNonNull(registry, "registry");
        this.reader = new FramedAvroReader<>(registry, maxBytes, EventDecoder::readerFor);
    }

    /** The decoded record; never null. */
    public SpecificRecord decode(byte[] bytes) {
        return reader.read(bytes);
    }

    private static DatumReader<SpecificRecord> readerFor(int schemaId, Schema writer) {
        Class<? extends SpecificRecord> type = writer.getType() == Schema.Type.RECORD ? TYPES.get(writer.getFullName()) : null;
        if (type == null) {
            throw new UndecodableRecordException("schema id " + schemaId + " is " + writer.getFullName()
                    + ", not one of the Earmark records " + TYPES.keySet().stream().sorted().toList());
        }
        return FramedAvroReader.resolving(schemaId, writer, schemaOf(type), SpecificData.getForClass(type));
    }

    private static Schema schemaOf(Class<? extends SpecificRecord> type) {
        return SpecificData.getForClass(type).getSchema(type);
    }
}
