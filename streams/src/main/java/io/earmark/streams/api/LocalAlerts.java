package io.earmark.streams.api;

import io.earmark.schema.FundAlert;
import io.earmark.schemas.json.JsonLines;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BiConsumer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * This instance's part of the alerts: the recent-alerts stores of its core tasks (and of its route tasks, with the
 * beneficiary-keyed core). In: an {@link AlertQuery}. Out:
 * the newest matching alerts (at most the query's limit), newest first; or the counts by rule and severity. The
 * store keys start with the zero-padded detectedAt, so {@code since} is a range scan; each local partition is
 * sorted on its own, so the newest are kept in a bounded heap across them.
 */
final class LocalAlerts {

    private final LocalStores stores;
    private final Instances instances;

    LocalAlerts(LocalStores stores, Instances instances) {
        this.stores = stores;
        this.instances = instances;
    }

    /** The stores of alerts, on this instance and the others. */
    List<String> stores() {
        return stores.alertStores();
    }

    List<AlertEntry> newest(AlertQuery query) {
        PriorityQueue<AlertEntry> kept = new PriorityQueue<>(AlertEntry.NEWEST_FIRST.reversed());
        String from = query.since() == null ? null : String.format("%019d|", query.since().toEpochMilli());
        scan(from, (line, alert) -> {
            if (query.matches(alert)) {
                kept.add(AlertEntry.of(Json.parse(line)));
                if (kept.size() > query.limit()) {
                    kept.poll();
                }
            }
        });
        List<AlertEntry> newest = new ArrayList<>(kept);
        newest.sort(AlertEntry.NEWEST_FIRST);
        return newest;
    }

    AlertCounts counts() {
        AlertCounts[] counts = {AlertCounts.none()};
        scan(null, (line, alert) -> counts[0] = counts[0].count(alert.getRule().name(), alert.getSeverity().name()));
        return counts[0];
    }

    /** Every alert of this instance with a key at or after {@code from} (all when null): its JSON line, parsed. */
    void scan(String from, BiConsumer<String, FundAlert> each) {
        for (String name : instances.heldHere(stores.alertStores())) {
            ReadOnlyKeyValueStore<String, String> store = stores.alerts(name);
            try (KeyValueIterator<String, String> it = from == null ? store.all() : store.range(from, null)) {
                while (it.hasNext()) {
                    KeyValue<String, String> next = it.next();
                    each.accept(next.value, JsonLines.read(next.value, FundAlert.class));
                }
            } catch (InvalidStateStoreException e) {
                throw LocalStores.unavailable(name, e);
            }
        }
    }
}
