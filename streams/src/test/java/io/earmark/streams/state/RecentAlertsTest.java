package io.earmark.streams.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.streams.testing.MemoryStores;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

/** The recent-alerts store bounded by event time: what stays, what leaves, and when the store is read. */
class RecentAlertsTest {

    private static final Duration RETENTION = Duration.ofDays(2);
    private static final long T0 = Instant.parse("2024-10-01T09:00:00Z").toEpochMilli();
    private static final long DAY = Duration.ofDays(1).toMillis();

    private final KeyValueStore<String, String> store = MemoryStores.of("recent-alerts", Serdes.String());
    /** How many times the store was scanned ({@code all} or {@code range}). */
    private final AtomicInteger scans = new AtomicInteger();

    private List<String> ids() {
        List<String> ids = new ArrayList<>();
        try (var it = store.all()) {
            it.forEachRemaining(kv -> ids.add(kv.key.substring(kv.key.indexOf('|') + 1)));
        }
        return ids;
    }

    /** {@link #store} seen through a proxy that counts its scans. */
    @SuppressWarnings("unchecked")
    private KeyValueStore<String, String> counted() {
        return (KeyValueStore<String, String>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {KeyValueStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("all") || method.getName().equals("range")) {
                        scans.incrementAndGet();
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void shouldKeepAnAlertThroughDetectedAtPlusRetentionAndDropItJustAfter() {
        RecentAlerts alerts = new RecentAlerts(store, RETENTION);
        alerts.add(T0, "A1", "{}");

        alerts.timeReached(T0 + RETENTION.toMillis());
        assertThat(ids()).containsExactly("A1");

        alerts.timeReached(T0 + RETENTION.toMillis() + 1);
        assertThat(ids()).isEmpty();
    }

    @Test
    void shouldDeleteOnlyTheAlertsDetectedBeforeTheHorizon() {
        RecentAlerts alerts = new RecentAlerts(store, RETENTION);
        alerts.add(T0 + DAY, "B", "{}");
        alerts.add(T0, "A2", "{}");
        alerts.add(T0, "A1", "{}");
        alerts.add(T0 + 3 * DAY, "C", "{}");

        alerts.timeReached(T0 + 3 * DAY + 1); // horizon T0 + DAY + 1: both alerts at T0 and the one at T0 + DAY leave
        assertThat(ids()).containsExactly("C");
        assertThat(store.get(RecentAlerts.key(T0 + 3 * DAY, "C"))).isEqualTo("{}");

        alerts.timeReached(T0 + 5 * DAY);
        assertThat(ids()).containsExactly("C");
        alerts.timeReached(T0 + 5 * DAY + 1);
        assertThat(ids()).isEmpty();
    }

    @Test
    void shouldPruneOlderAlertsOfAStoreOpenedAgain() {
        // Given a store left by an earlier run of the task
        store.put(RecentAlerts.key(T0, "OLD"), "{}");
        store.put(RecentAlerts.key(T0 + 10 * DAY, "NEW"), "{}");

        // When a new task opens it and event time goes on
        RecentAlerts alerts = new RecentAlerts(store, RETENTION);
        alerts.timeReached(T0 + 3 * DAY);

        // Then what it found there leaves like what it wrote itself
        assertThat(ids()).containsExactly("NEW");
    }

    @Test
    void shouldNotKeepAnAlertThatIsAlreadyPastTheRetention() {
        RecentAlerts alerts = new RecentAlerts(store, RETENTION);
        alerts.timeReached(T0 + 10 * DAY);

        alerts.add(T0 + 8 * DAY - 1, "LATE", "{}");
        alerts.add(T0 + 8 * DAY, "JUST-IN-TIME", "{}");

        assertThat(ids()).containsExactly("JUST-IN-TIME");
    }

    @Test
    void shouldNotGoBackWhenEventTimeIsReachedAgainFromBelow() {
        RecentAlerts alerts = new RecentAlerts(store, RETENTION);
        alerts.timeReached(T0 + 10 * DAY);
        alerts.timeReached(T0); // a late event: the horizon stays where it was

        alerts.add(T0 + 7 * DAY, "LATE", "{}");

        assertThat(ids()).isEmpty();
    }

    @Test
    void shouldReadTheStoreOnceWhenOpenedAndThenOnlyWhenAnAlertExpires() {
        RecentAlerts alerts = new RecentAlerts(counted(), RETENTION);
        assertThat(scans).hasValue(1);

        alerts.add(T0, "A1", "{}");
        alerts.add(T0 + DAY, "A2", "{}");
        for (long t = T0; t <= T0 + RETENTION.toMillis(); t += 60_000) {
            alerts.timeReached(t);
        }
        assertThat(scans).hasValue(1);

        alerts.timeReached(T0 + RETENTION.toMillis() + 1);
        assertThat(scans).hasValue(2);
        assertThat(ids()).containsExactly("A2");

        // the next alert to expire is known from that scan: no read until event time passes it
        for (long t = T0 + RETENTION.toMillis() + 1; t <= T0 + DAY + RETENTION.toMillis(); t += 60_000) {
            alerts.timeReached(t);
        }
        assertThat(scans).hasValue(2);
    }

    @Test
    void shouldKeepEverythingWhileEventTimeIsUnknown() {
        RecentAlerts alerts = new RecentAlerts(store, RETENTION);
        alerts.add(T0, "A1", "{}");

        alerts.timeReached(Long.MIN_VALUE); // no underflow into a far future horizon

        assertThat(ids()).containsExactly("A1");
    }

    @Test
    void shouldRefuseARetentionThatIsNotPositive() {
        assertThatThrownBy(() -> new RecentAlerts(store, Duration.ZERO)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new RecentAlerts(store, Duration.ofDays(-1))).hasMessageContaining("positive");
    }
}
