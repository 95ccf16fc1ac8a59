package io.earmark.streams.replay;

import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.StoreNames;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads fund ledgers out of a running pipeline through Kafka Streams interactive queries on {@code fund-ledgers}:
 * the journeys, balances and assets a case report shows are the pipeline's own, not a re-computation. A replay runs
 * one instance, so every ledger is local. Out: the wanted ledgers by fundId, sorted.
 */
public final class LedgerQuery {

    private static final int ATTEMPTS = 50;

    private LedgerQuery() {
    }

    public static Map<String, FundLedger> read(KafkaStreams streams, Predicate<String> wanted)
            throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return readOnce(streams, wanted);
            } catch (InvalidStateStoreException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private static Map<String, FundLedger> readOnce(KafkaStreams streams, Predicate<String> wanted) {
        ReadOnlyKeyValueStore<String, FundLedger> store = streams.store(StoreQueryParameters.fromNameAndType(
                StoreNames.FUND_LEDGERS, QueryableStoreTypes.<String, FundLedger>keyValueStore()));
        Map<String, FundLedger> ledgers = new TreeMap<>();
        try (KeyValueIterator<String, FundLedger> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, FundLedger> next = all.next();
                if (wanted.test(next.key)) {
                    ledgers.put(next.key, next.value);
                }
            }
        }
        return ledgers;
    }
}
