package io.earmark.streams.api;

import io.earmark.streams.network.LocalLinks;
import io.earmark.streams.network.NetworkPart;
import io.earmark.streams.state.FundLedger;
import io.earmark.streams.state.PairLedger;
import io.earmark.streams.state.StoreNames;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * This instance's part of a party network: every fund ledger and pair ledger it holds, read once per question and
 * handed to {@link LocalLinks}. A full scan of the local stores (no index by party): fine for the ledgers one
 * instance holds, and what keeps the answer exact.
 */
final class LocalNetwork {

    private final LocalStores stores;

    LocalNetwork(LocalStores stores) {
        this.stores = stores;
    }

    NetworkPart part(Set<String> parties) {
        LocalLinks links = new LocalLinks(parties);
        try (KeyValueIterator<String, FundLedger> it = stores.ledgers().all()) {
            it.forEachRemaining(kv -> links.fund(kv.value));
        } catch (InvalidStateStoreException e) {
            throw LocalStores.unavailable(StoreNames.FUND_LEDGERS, e);
        }
        try (KeyValueIterator<String, PairLedger> it = stores.pairs().all()) {
            while (it.hasNext()) {
                KeyValue<String, PairLedger> next = it.next();
                links.pair(next.key, next.value);
            }
        } catch (InvalidStateStoreException e) {
            throw LocalStores.unavailable(StoreNames.PAIR_LEDGERS, e);
        }
        return links.part();
    }
}
