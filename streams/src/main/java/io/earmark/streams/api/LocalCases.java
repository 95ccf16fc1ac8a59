package io.earmark.streams.api;

import io.earmark.streams.cases.CaseFile;
import io.earmark.streams.stages.CaseTableStage;
import io.earmark.streams.state.StoreNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * This instance's part of the case table. In: an alertId (with the partition that owns it, when known) or a
 * {@link CaseQuery}. Out: one case and its history, or the matching cases oldest first. A store that is migrating
 * is a 503.
 */
final class LocalCases {

    /** Oldest first: by the alert's detection, then alertId. */
    static final Comparator<CaseFile> OLDEST_FIRST = Comparator.<CaseFile>comparingLong(c -> c.openedAt)
            .thenComparing(c -> c.alertId);

    private final LocalStores stores;

    LocalCases(LocalStores stores) {
        this.stores = stores;
    }

    /** Null when this instance's table has no case for the alert. */
    CaseFile file(String alertId, Integer partition) {
        try {
            return stores.cases(partition).get(alertId);
        } catch (InvalidStateStoreException e) {
            throw LocalStores.unavailable(StoreNames.CASES, e);
        }
    }

    /** The acts applied to the case, oldest first, as JSON lines. */
    List<String> history(String alertId, Integer partition) {
        List<String> acts = new ArrayList<>();
        try (KeyValueIterator<String, String> it = stores.caseHistory(partition)
                .prefixScan(CaseTableStage.historyPrefix(alertId), new StringSerializer())) {
            it.forEachRemaining(kv -> acts.add(kv.value));
        } catch (InvalidStateStoreException e) {
            throw LocalStores.unavailable(StoreNames.CASE_HISTORY, e);
        }
        return acts;
    }

    /** The view of {@code GET /api/cases/{alertId}}; a 404 when there is no such case. */
    String view(String alertId, Integer partition) {
        CaseFile file = file(alertId, partition);
        if (file == null) {
            throw ApiException.notFound("no case for alert '" + alertId + "'");
        }
        return CaseJson.view(file, history(alertId, partition));
    }

    List<CaseFile> matching(CaseQuery query) {
        List<CaseFile> found = new ArrayList<>();
        try (KeyValueIterator<String, CaseFile> it = stores.cases(null).all()) {
            while (it.hasNext()) {
                KeyValue<String, CaseFile> next = it.next();
                if (query.matches(next.value)) {
                    found.add(next.value);
                }
            }
        } catch (InvalidStateStoreException e) {
            throw LocalStores.unavailable(StoreNames.CASES, e);
        }
        found.sort(OLDEST_FIRST);
        return found.subList(0, Math.min(found.size(), query.limit()));
    }
}
