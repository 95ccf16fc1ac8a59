package io.earmark.schemas.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP server on 127.0.0.1 (random port) answering every request with one canned status and JSON body,
 * recording what it was asked. For {@link HttpSchemaRegistryClientTest}.
 */
final class FakeRegistryServer implements AutoCloseable {
    /** One request as received. */
    record Request(String method, String path, String contentType, String body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = "{}";
    private volatile long delayMillis;
    /** How many of the first requests get the delay; all of them unless {@link #delayFirst} says otherwise. */
    private volatile int delayedRequests = Integer.MAX_VALUE;
    private final AtomicInteger handled = new AtomicInteger();
    /** How many of the first requests get no answer at all: the connection closes instead. */
    private volatile int droppedRequests;
    private final AtomicInteger received = new AtomicInteger();

    FakeRegistryServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    FakeRegistryServer answer(int status, String body) {
        this.status = status;
        this.body = body;
        return this;
    }

    FakeRegistryServer delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    /** Only the first {@code requests} requests are answered {@code millis} late; later ones at once. */
    FakeRegistryServer delayFirst(int requests, long millis) {
        this.delayedRequests = requests;
        this.delayMillis = millis;
        return this;
    }

    /** The first {@code requests} requests are read and then dropped: the connection closes without an answer. */
    FakeRegistryServer dropFirst(int requests) {
        this.droppedRequests = requests;
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        if (received.getAndIncrement() < droppedRequests) {
            exchange.close();
            return;
        }
        try {
            if (handled.getAndIncrement() < delayedRequests) {
                closed.await(delayMillis, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
