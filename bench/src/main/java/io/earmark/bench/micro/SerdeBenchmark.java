package io.earmark.bench.micro;

import io.earmark.schema.Channel;
import io.earmark.schema.FundMovement;
import io.earmark.schemas.serde.AvroSerializer;
import io.earmark.schemas.serde.EventDecoder;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Encoding and decoding one {@code FundMovement} in the Confluent wire format, registry lookups cached. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SerdeBenchmark {

    private AvroSerializer<FundMovement> serializer;
    private EventDecoder decoder;
    private FundMovement movement;
    private byte[] encoded;

    @Setup
    public void setUp() {
        FixedRegistry registry = new FixedRegistry();
        serializer = new AvroSerializer<>(registry, false);
        decoder = new EventDecoder(registry);
        movement = FundMovement.newBuilder().setEventId("HSBK195333266646").setFundId("AA-2024-100970")
                .setBankId("HSBKKZKX").setFromId("110540224901").setToId("640121357113").setAmount(320_000_000L)
                .setChannel(Channel.TRANSFER).setPurposeCode("421").setEventTime(Instant.parse("2024-10-31T14:42:00Z"))
                .build();
        encoded = serializer.serialize("earmark.movements.v1", movement);
    }

    @Benchmark
    public byte[] encode() {
        return serializer.serialize("earmark.movements.v1", movement);
    }

    @Benchmark
    public Object decode() {
        return decoder.decode(encoded);
    }
}
