package io.earmark.streams.api;

import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/alerts/stream}: server-sent events for dashboards. In: browsers that connect, and each new alert
 * (from the {@link AlertFeed}). Out: to every connected client, one event per alert — event name {@code alert}, id
 * the alertId, data the alert as one JSON line (DESIGN.md's field names) — and a comment every 15 s so that idle
 * connections stay open through proxies. With {@link IdMask} on, people's ids in the data are masked.
 */
final class AlertStream implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertStream.class);

    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "earmark-sse-ping");
        thread.setDaemon(true);
        return thread;
    });

    private final IdMask mask;

    AlertStream(IdMask mask) {
        this.mask = mask;
        pings.scheduleAtFixedRate(() -> sendToAll(client -> client.sendComment("ping")), 15, 15, TimeUnit.SECONDS);
    }

    void connect(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendComment("connected");
    }

    void publish(String alertId, String alertJson) {
        String json = mask.json(alertJson);
        sendToAll(client -> client.sendEvent("alert", json, alertId));
    }

    int clients() {
        return clients.size();
    }

    private synchronized void sendToAll(java.util.function.Consumer<SseClient> send) {
        for (SseClient client : clients) {
            try {
                if (client.terminated()) {
                    clients.remove(client);
                } else {
                    send.accept(client);
                }
            } catch (RuntimeException e) {
                LOG.debug("dropping an SSE client: {}", e.toString());
                clients.remove(client);
            }
        }
    }

    /** Ends every open stream (call it while the HTTP server still runs). */
    @Override
    public synchronized void close() {
        pings.shutdownNow();
        for (SseClient client : clients) {
            try {
                if (!client.terminated()) {
                    client.close();
                }
            } catch (RuntimeException e) {
                LOG.debug("closing an SSE client: {}", e.toString());
            }
        }
        clients.clear();
    }
}
