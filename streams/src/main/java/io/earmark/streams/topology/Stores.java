package io.earmark.streams.topology;

import io.earmark.streams.cases.CaseFile;
import io.earmark.streams.model.AssetVerdict;
import io.earmark.streams.model.Envelope;
import io.earmark.streams.state.AssetRecord;
import io.earmark.streams.state.AssetSightingsSerde;
import io.earmark.streams.state.EnvelopeSerde;
import io.earmark.streams.state.FundLedgerSerde;
import io.earmark.streams.state.JsonSerde;
import io.earmark.streams.state.OrderKeys;
import io.earmark.streams.state.OwnerFundsSerde;
import io.earmark.streams.state.PairLedger;
import io.earmark.streams.state.QueuePage;
import io.earmark.streams.state.QueuePageSerde;
import io.earmark.streams.state.StoreNames;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Declares the pipeline's persistent, changelogged state stores. The stages' event buffers and entity state are
 * kept decoded in memory by the stages and written just before each commit ({@link CommitFlushedStoreBuilder}); the
 * event buffers and the deadline index as pages ({@link io.earmark.streams.state.PagedQueue}); the small stores
 * (watermarks, recent alerts, cases) sit behind Kafka Streams' record cache. Either way an event
 * buffered and released within one commit interval, or a ledger updated many times in it, reaches RocksDB and the
 * changelog once (or not at all) instead of on every change.
 */
final class Stores {

    private Stores() {
    }

    static void addAll(StreamsBuilder builder) {
        Serde<QueuePage<Envelope>> envelopes = new QueuePageSerde<>(new EnvelopeSerde(), OrderKeys::envelope);
        for (String name : new String[] {StoreNames.CORE_BUFFER, StoreNames.SIGHTING_BUFFER, StoreNames.OWNER_BUFFER,
                StoreNames.ASSET_BUFFER, StoreNames.PAIR_BUFFER}) {
            builder.addStateStore(flushedAtCommit(name, envelopes));
        }
        builder.addStateStore(flushedAtCommit(StoreNames.FUND_DEADLINES, new QueuePageSerde<>(Serdes.Long())));
        for (String name : new String[] {StoreNames.CORE_WATERMARKS, StoreNames.SIGHTING_WATERMARKS,
                StoreNames.OWNER_WATERMARKS, StoreNames.ASSET_WATERMARKS, StoreNames.PAIR_WATERMARKS}) {
            builder.addStateStore(store(name, Serdes.Long()));
        }
        builder.addStateStore(store(StoreNames.RECENT_ALERTS, Serdes.String()));
        builder.addStateStore(store(StoreNames.CASES, new JsonSerde<>(CaseFile.class)));
        builder.addStateStore(store(StoreNames.CASE_HISTORY, Serdes.String()));
        builder.addStateStore(flushedAtCommit(StoreNames.FUND_LEDGERS, new FundLedgerSerde()));
        builder.addStateStore(flushedAtCommit(StoreNames.ASSET_SIGHTINGS, new AssetSightingsSerde()));
        builder.addStateStore(flushedAtCommit(StoreNames.OWNER_FUNDS, new OwnerFundsSerde()));
        builder.addStateStore(flushedAtCommit(StoreNames.PAIR_LEDGERS, new JsonSerde<>(PairLedger.class)));
        builder.addStateStore(flushedAtCommit(StoreNames.CONTESTED_ASSETS, new JsonSerde<>(AssetRecord.class)));
        builder.addStateStore(store(StoreNames.ASSET_VERDICTS, new JsonSerde<>(AssetVerdict.class)));
    }

    /** The stores of the beneficiary-keyed core's topology (see {@code EarmarkTopology}). */
    static void addForBeneficiaries(StreamsBuilder builder) {
        Serde<QueuePage<Envelope>> byPlace = new QueuePageSerde<>(new EnvelopeSerde(), OrderKeys::place);
        for (String name : new String[] {StoreNames.ROUTE_BUFFER, StoreNames.ROUTE_RETURNS,
                StoreNames.BENEFICIARY_BUFFER, StoreNames.BENEFICIARY_RELAYED, StoreNames.ASSET_BUFFER}) {
            builder.addStateStore(flushedAtCommit(name, byPlace));
        }
        builder.addStateStore(flushedAtCommit(StoreNames.SIGHTING_BUFFER,
                new QueuePageSerde<>(new EnvelopeSerde(), OrderKeys::envelope)));
        for (String name : new String[] {StoreNames.FUND_DEADLINES, StoreNames.ROUTE_DEADLINES}) {
            builder.addStateStore(flushedAtCommit(name, new QueuePageSerde<>(Serdes.Long())));
        }
        for (String name : new String[] {StoreNames.ROUTE_PROMISES, StoreNames.BENEFICIARY_PROMISES,
                StoreNames.ASSET_PROMISES}) {
            builder.addStateStore(store(name, new EnvelopeSerde()));
        }
        builder.addStateStore(store(StoreNames.SIGHTING_WATERMARKS, Serdes.Long()));
        for (String name : new String[] {StoreNames.RECENT_ALERTS, StoreNames.ROUTE_RECENT_ALERTS,
                StoreNames.CASE_HISTORY}) {
            builder.addStateStore(store(name, Serdes.String()));
        }
        builder.addStateStore(store(StoreNames.CASES, new JsonSerde<>(CaseFile.class)));
        for (String name : new String[] {StoreNames.FUND_LEDGERS, StoreNames.ROUTE_LEDGERS}) {
            builder.addStateStore(flushedAtCommit(name, new FundLedgerSerde()));
        }
        builder.addStateStore(flushedAtCommit(StoreNames.FUND_DIRECTORY, Serdes.String()));
        builder.addStateStore(flushedAtCommit(StoreNames.ASSET_SIGHTINGS, new AssetSightingsSerde()));
        builder.addStateStore(flushedAtCommit(StoreNames.OWNER_FUNDS, new OwnerFundsSerde()));
        builder.addStateStore(flushedAtCommit(StoreNames.PAIR_LEDGERS, new JsonSerde<>(PairLedger.class)));
        builder.addStateStore(flushedAtCommit(StoreNames.CONTESTED_ASSETS, new JsonSerde<>(AssetRecord.class)));
        builder.addStateStore(store(StoreNames.ASSET_VERDICTS, new JsonSerde<>(AssetVerdict.class)));
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
        return org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(
                org.apache.kafka.streams.state.Stores.persistentKeyValueStore(name), Serdes.String(), values)
                .withCachingEnabled();
    }

    /**
     * A store whose stage keeps its values decoded in memory and writes them just before each commit: the record
     * cache would only encode them a second time.
     */
    private static <V> StoreBuilder<KeyValueStore<String, V>> flushedAtCommit(String name, Serde<V> values) {
        return new CommitFlushedStoreBuilder<>(org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(
                org.apache.kafka.streams.state.Stores.persistentKeyValueStore(name), Serdes.String(), values)
                .withCachingDisabled());
    }
}
