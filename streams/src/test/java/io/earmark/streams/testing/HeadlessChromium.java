package io.earmark.streams.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real headless Chromium (Debian's {@code chromium}) driven over the DevTools protocol with the JDK's WebSocket
 * client: no Selenium, no npm. In: a URL to open. Out: JavaScript evaluated in the live page (so a test can watch
 * the DOM change as server-sent events arrive) and PNG screenshots. {@link #close()} ends the browser and its child
 * processes.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();

    private HeadlessChromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** The browser's executable: {@code chromium} (Debian) or {@code chromium-browser} on the PATH. */
    public static Optional<Path> executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts the browser on {@code url} with a 1440×900 window; its profile and log go to {@code workDir}. */
    public static HeadlessChromium open(String url, Path workDir) throws IOException {
        Path profile = workDir.resolve("chromium-profile");
        Process process = new ProcessBuilder(executable().orElseThrow().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
                "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--window-size=1440,900", url)
                .redirectErrorStream(true).redirectOutput(workDir.resolve("chromium.log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            await("Chromium's DevTools port").atMost(Duration.ofSeconds(30))
                    .until(() -> Files.exists(portFile) && Files.readAllLines(portFile).size() >= 1);
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
            HttpClient http = HttpClient.newHttpClient();
            String pageSocket = await("the page target").atMost(Duration.ofSeconds(30))
                    .until(() -> pageSocket(http, port), Optional::isPresent).orElseThrow();
            HeadlessChromium[] self = new HeadlessChromium[1];
            WebSocket socket = http.newWebSocketBuilder()
                    .buildAsync(URI.create(pageSocket), new Listener(message -> self[0].receive(message)))
                    .get(30, TimeUnit.SECONDS);
            self[0] = new HeadlessChromium(process, socket);
            self[0].call("Network.enable", JSON.createObjectNode());
            return self[0];
        } catch (Exception e) {
            destroy(process);
            throw new IOException("cannot drive Chromium: " + e, e);
        }
    }

    private static Optional<String> pageSocket(HttpClient http, int port) throws IOException, InterruptedException {
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/json/list")).build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode target : JSON.readTree(list.body())) {
            if ("page".equals(target.path("type").asText())) {
                return Optional.of(target.get("webSocketDebuggerUrl").asText());
            }
        }
        return Optional.empty();
    }

    /** Evaluates {@code expression} in the page and returns its value as text ("" for null or undefined). */
    public String eval(String expression) {
        ObjectNode params = JSON.createObjectNode();
        params.put("expression", expression);
        params.put("returnByValue", true);
        params.put("awaitPromise", true);
        JsonNode result = call("Runtime.evaluate", params);
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("page threw: " + result.get("exceptionDetails"));
        }
        JsonNode value = result.path("result").path("value");
        return value.isMissingNode() || value.isNull() ? "" : value.isTextual() ? value.asText() : value.toString();
    }

    /** The text of the first element matching {@code cssSelector}, or "" while there is none. */
    public String text(String cssSelector) {
        try {
            return eval("document.querySelector(" + JSON.writeValueAsString(cssSelector) + ")?.textContent ?? ''");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every URL the page asked for since the driver connected (documents, scripts, styles, images, fetches, event
     * streams), in order; what the page loaded before that (the start URL) is not among them, so a test that checks
     * them loads its page with {@link #navigate}.
     */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Loads {@code url} in the page (and waits until the browser has started loading it). */
    public void navigate(String url) {
        ObjectNode params = JSON.createObjectNode();
        params.put("url", url);
        call("Page.navigate", params);
    }

    /** Saves the first element matching {@code cssSelector} as a PNG, whole, even where it reaches past the window. */
    public void screenshot(Path file, String cssSelector) {
        try {
            JsonNode box = JSON.readTree(eval("(() => { const e = document.querySelector("
                    + JSON.writeValueAsString(cssSelector) + "); e.scrollIntoView(); const r = e.getBoundingClientRect();"
                    + " return JSON.stringify({x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height}); })()"));
            ObjectNode params = JSON.createObjectNode();
            params.put("format", "png");
            params.put("captureBeyondViewport", true);
            ObjectNode clip = params.putObject("clip");
            clip.put("x", box.get("x").asDouble());
            clip.put("y", box.get("y").asDouble());
            clip.put("width", box.get("w").asDouble());
            clip.put("height", box.get("h").asDouble());
            clip.put("scale", 1);
            write(file, call("Page.captureScreenshot", params).get("data").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders the page for {@code media} ("print", "screen"), as printing would lay it out. */
    public void emulateMedia(String media) {
        ObjectNode params = JSON.createObjectNode();
        params.put("media", media);
        call("Emulation.setEmulatedMedia", params);
    }

    /** Prints the page as the browser would print it to a PDF file (A4, backgrounds on). */
    public void printToPdf(Path file) {
        ObjectNode params = JSON.createObjectNode();
        params.put("printBackground", true);
        params.put("paperWidth", 8.27);
        params.put("paperHeight", 11.69);
        write(file, call("Page.printToPDF", params).get("data").asText());
    }

    private static void write(Path file, String base64) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode(base64));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves what the page shows now as a PNG. */
    public void screenshot(Path file) {
        ObjectNode params = JSON.createObjectNode();
        params.put("format", "png");
        String data = call("Page.captureScreenshot", params).get("data").asText();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode call(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", params);
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(message.toString(), true).join();
        try {
            JsonNode answer = reply.get(30, TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new IllegalStateException(method + " failed: " + answer.get("error"));
            }
            return answer.get("result");
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer: " + e, e);
        } finally {
            pending.remove(id);
        }
    }

    private void receive(String message) {
        try {
            JsonNode node = JSON.readTree(message);
            if ("Network.requestWillBeSent".equals(node.path("method").asText())) {
                requests.add(node.path("params").path("request").path("url").asText());
            }
            if (node.has("id")) {
                CompletableFuture<JsonNode> reply = pending.get(node.get("id").asInt());
                if (reply != null) {
                    reply.complete(node);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        socket.abort();
        destroy(process);
    }

    private static void destroy(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** Collects a text message that may come in parts, and hands it on whole. */
    private static final class Listener implements WebSocket.Listener {
        private final java.util.function.Consumer<String> whole;
        private final StringBuilder parts = new StringBuilder();

        Listener(java.util.function.Consumer<String> whole) {
            this.whole = whole;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            parts.append(data);
            if (last) {
                String message = parts.toString();
                parts.setLength(0);
                whole.accept(message);
            }
            socket.request(1);
            return null;
        }
    }
}
