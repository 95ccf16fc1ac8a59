package io.earmark.streams.api;

import io.earmark.streams.cases.CaseFile;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.PairLedger;
import io.earmark.streams.state.StoreNames;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Read-only views of this instance's part of the core stage's stores (active tasks only). In: the running client.
 * Out: the fund ledgers (all local partitions, or the one partition that owns a key), the pair ledgers and the recent
 * alerts. A store
 * that is migrating or restoring is a 503.
 */
final class LocalStores {

    private final KafkaStreams streams;

    LocalStores(KafkaStreams streams) {
        this.streams = streams;
    }

    ReadOnlyKeyValueStore<String, FundLedger> ledgers() {
        return store(StoreNames.FUND_LEDGERS, null);
    }

    ReadOnlyKeyValueStore<String, FundLedger> ledgers(int partition) {
        return store(StoreNames.FUND_LEDGERS, partition);
    }

    /** Key "sellerId|beneficiaryId": what passed between a seller and a beneficiary (all local partitions). */
    ReadOnlyKeyValueStore<String, PairLedger> pairs() {
        return store(StoreNames.PAIR_LEDGERS, null);
    }

    /** Key "detectedAt (19 digits)|alertId", value the alert as a JSON line. */
    ReadOnlyKeyValueStore<String, String> alerts() {
        return store(StoreNames.RECENT_ALERTS, null);
    }

    /** The case table: each alert's case by alertId (all local partitions, or the one that owns a key). */
    ReadOnlyKeyValueStore<String, CaseFile> cases(Integer partition) {
        return store(StoreNames.CASES, partition);
    }

    /** Key "alertId|sequence", value the act as a JSON line. */
    ReadOnlyKeyValueStore<String, String> caseHistory(Integer partition) {
        return store(StoreNames.CASE_HISTORY, partition);
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name, Integer partition) {
        StoreQueryParameters<ReadOnlyKeyValueStore<String, V>> query =
                StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore());
        try {
            return streams.store(partition == null ? query : query.withPartition(partition));
        } catch (InvalidStateStoreException e) {
            throw unavailable(name, e);
        }
    }

    static ApiException unavailable(String store, RuntimeException e) {
        return ApiException.unavailable("store " + store + " is not queryable on this instance right now ("
                + e.getMessage() + "); try again");
    }
}
