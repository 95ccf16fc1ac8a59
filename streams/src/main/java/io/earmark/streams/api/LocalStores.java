package io.earmark.streams.api;

import io.earmark.streams.cases.CaseFile;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.PairLedger;
import io.earmark.streams.state.StoreNames;
import io.earmark.streams.topology.PipelineSettings;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Read-only views of this instance's part of the core stage's stores (active tasks only). In: the running client and
 * which core it runs. Out: the fund ledgers (all local partitions, or the one partition that owns a key), the pair
 * ledgers, the recent alerts and, for the beneficiary-keyed core, the fund directory. A
 * store that is migrating or restoring is a 503.
 */
final class LocalStores {

    private final KafkaStreams streams;
    private final PipelineSettings.Core core;

    LocalStores(KafkaStreams streams, PipelineSettings.Core core) {
        this.streams = streams;
        this.core = core;
    }

    PipelineSettings.Core core() {
        return core;
    }

    ReadOnlyKeyValueStore<String, FundLedger> ledgers() {
        return store(StoreNames.FUND_LEDGERS, null);
    }

    /** The fund ledgers of one store, all local partitions. */
    ReadOnlyKeyValueStore<String, FundLedger> ledgers(String store) {
        return store(store, null);
    }

    /** The fund ledgers of one store (the core's, or the beneficiary-keyed core's route's) in one partition. */
    ReadOnlyKeyValueStore<String, FundLedger> ledgers(String store, int partition) {
        return store(store, partition);
    }

    /**
     * The stores a fund's ledger may be in, in the order to look: the core's; with the beneficiary-keyed core also
     * the route's, which keeps the ledger of a fund whose earmark it has not applied yet.
     */
    List<String> ledgerStores() {
        return core == PipelineSettings.Core.BY_BENEFICIARY
                ? List.of(StoreNames.FUND_LEDGERS, StoreNames.ROUTE_LEDGERS) : List.of(StoreNames.FUND_LEDGERS);
    }

    /** The stores of recent alerts: the core's; with the beneficiary-keyed core also the route's (UNKNOWN_FUND). */
    List<String> alertStores() {
        return core == PipelineSettings.Core.BY_BENEFICIARY
                ? List.of(StoreNames.RECENT_ALERTS, StoreNames.ROUTE_RECENT_ALERTS) : List.of(StoreNames.RECENT_ALERTS);
    }

    /** The beneficiary-keyed core's fund directory, in the partition that owns a fundId (see FundDirectory). */
    ReadOnlyKeyValueStore<String, String> directory(int partition) {
        return store(StoreNames.FUND_DIRECTORY, partition);
    }

    /** The same, all local partitions. */
    ReadOnlyKeyValueStore<String, String> directory() {
        return store(StoreNames.FUND_DIRECTORY, null);
    }

    /** Key "sellerId|beneficiaryId": what passed between a seller and a beneficiary (all local partitions). */
    ReadOnlyKeyValueStore<String, PairLedger> pairs() {
        return store(StoreNames.PAIR_LEDGERS, null);
    }

    /** Key "detectedAt (19 digits)|alertId", value the alert as a JSON line (one of {@link #alertStores()}). */
    ReadOnlyKeyValueStore<String, String> alerts(String store) {
        return store(store, null);
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
