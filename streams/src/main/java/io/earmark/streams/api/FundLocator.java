package io.earmark.streams.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.earmark.streams.state.FundDirectory;
import io.earmark.streams.state.StoreNames;
import io.earmark.streams.topology.PipelineSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Where a fund's ledger is: the instance, the partition and the store. In the fund-keyed core it is the core's task
 * of the fundId. In the beneficiary-keyed core, the route of the fundId knows (its fund directory): once the route has
 * applied the fund's earmark, the ledger is in the core's task of the earmark's beneficiary; until then it is in the
 * route's own store. The directory is read here when this instance owns the fundId's route, else asked of the
 * instance that does ({@code GET /internal/fund-directory/{fundId}}).
 */
final class FundLocator {

    /** A fund's ledger: on {@code host}, in {@code store}, partition {@code partition}. */
    record Location(HostInfo host, int partition, String store) {
    }

    private final Instances instances;
    private final LocalStores stores;
    private final Peers peers;

    FundLocator(Instances instances, LocalStores stores, Peers peers) {
        this.instances = instances;
        this.stores = stores;
        this.peers = peers;
    }

    Location locate(String fundId) {
        if (stores.core() == PipelineSettings.Core.BY_FUND) {
            return at(StoreNames.FUND_LEDGERS, fundId);
        }
        String beneficiary = beneficiaryOf(fundId);
        return beneficiary == null ? at(StoreNames.ROUTE_LEDGERS, fundId) : at(StoreNames.FUND_LEDGERS, beneficiary);
    }

    /** The beneficiary whose core holds the fund's ledger, or null while the route holds it (or no event named it). */
    String beneficiaryOf(String fundId) {
        KeyQueryMetadata route = instances.ownerOf(StoreNames.FUND_DIRECTORY, fundId);
        if (instances.isSelf(route.activeHost())) {
            return localBeneficiaryOf(fundId, route.partition());
        }
        String body = peers.ok(route.activeHost(), "/internal/fund-directory/" + pathSegment(fundId));
        JsonNode beneficiary = Json.parse(body).get("beneficiaryId");
        return beneficiary == null || beneficiary.isNull() ? null : beneficiary.asText();
    }

    /** The directory's answer from this instance's partition of it (null: all local partitions). */
    String localBeneficiaryOf(String fundId, Integer partition) {
        try {
            return FundDirectory.beneficiaryOf(partition == null ? stores.directory().get(fundId)
                    : stores.directory(partition).get(fundId));
        } catch (InvalidStateStoreException e) {
            throw LocalStores.unavailable(StoreNames.FUND_DIRECTORY, e);
        }
    }

    private Location at(String store, String key) {
        KeyQueryMetadata owner = instances.ownerOf(store, key);
        return new Location(owner.activeHost(), owner.partition(), store);
    }

    static String pathSegment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
