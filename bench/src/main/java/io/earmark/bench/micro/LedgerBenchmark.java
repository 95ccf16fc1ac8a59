package io.earmark.bench.micro;

import io.earmark.schema.Channel;
import io.earmark.schema.Programme;
import io.earmark.schema.Purpose;
import io.earmark.streams.ledger.LedgerBook;
import io.earmark.streams.ledger.Outcome;
import io.earmark.streams.model.Fund;
import io.earmark.streams.model.Movement;
import io.earmark.streams.rules.RuleBook;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.FundLedgerSerde;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The core's per-event work outside Kafka: read a fund's ledger from its stored bytes, apply one coloured movement
 * with every rule evaluated, write the ledger back — and the rule step alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LedgerBenchmark {

    private final LedgerBook book = new LedgerBook(RuleBook.shipped());
    private final FundLedgerSerde serde = new FundLedgerSerde();
    private byte[] stored;
    private long sequence;
    private Fund fund;

    @Setup
    public void setUp() {
        fund = new Fund("E-1", "F-1", Programme.AUYL_AMANATY, "010140003594", "850312300456", "990740000683",
                500_000_000L, Purpose.LIVESTOCK, List.of("120540012345"), 10, 500_000_000L, null, 72, 30,
                1_727_740_800_000L);
        FundLedger ledger = FundLedger.open("F-1");
        book.applyFund(ledger, fund);
        for (int i = 0; i < 8; i++) {
            book.applyMovement(ledger, movement(i));
        }
        stored = serde.serializer().serialize("", ledger);
    }

    private Movement movement(long i) {
        return new Movement("M-" + i, "F-1", "HSBKKZKX", i % 2 == 0 ? "010140003594" : "990740000683",
                i % 2 == 0 ? "990740000683" : "850312300456", 1_000L, Channel.TRANSFER, null,
                fund.eventTime() + 60_000 * (i + 1));
    }

    @Benchmark
    public byte[] readApplyWrite() {
        FundLedger ledger = serde.deserializer().deserialize("", stored);
        book.applyMovement(ledger, movement(100 + sequence++));
        return serde.serializer().serialize("", ledger);
    }

    @Benchmark
    public Outcome applyOnly() {
        FundLedger ledger = FundLedger.open("F-2");
        book.applyFund(ledger, fund);
        return book.applyMovement(ledger, movement(sequence++));
    }
}
