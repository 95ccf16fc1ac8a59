package io.earmark.streams.app;

import io.earmark.streams.deadletter.ProcessingFailureHandler;
import io.earmark.streams.topology.PipelineSettings;
import io.earmark.streams.topology.TopicNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The pipeline's configuration, from a properties file. Earmark's own keys start with {@code earmark.}; every other
 * key is a Kafka Streams (or client) setting and passes through unchanged, security settings included.
 * <pre>
 * bootstrap.servers=127.0.0.1:9092
 * earmark.registry.url=http://127.0.0.1:8081
 * application.id=earmark-pipeline          (default)
 * state.dir=/var/lib/earmark               (default: Kafka Streams' own)
 * earmark.rules.file=/etc/earmark/rules.yaml  (default: the shipped rules)
 * earmark.watermark.interval.ms=100        (default)
 * earmark.core=by-fund                     (default; by-beneficiary: the beneficiary-keyed core, under construction,
 *                                           with an application id of its own: see docs/operations.md)
 * earmark.decode.max.bytes=262144          (default, 256 KiB) the largest input value the decode stages accept; a
 *                                           larger one is dead-lettered as TOO_LARGE. Below the broker's default
 *                                           message size (1 MiB), so this limit, not the broker, decides
 * earmark.topic.funds=earmark.funds.v1     (each topic overridable: funds, movements, assets, alerts,
 *                                           fund-status, deadletter, kickback-signals)
 * earmark.http.host=127.0.0.1              (default; the HTTP API and dashboard bind here)
 * earmark.http.port=8080                   (default; 0 = any free port)
 * earmark.http.token=...                   (default: none = the HTTP surface is open) a bearer token every route but
 *                                           /health requires: "Authorization: Bearer &lt;token&gt;", or in a browser
 *                                           "?token=&lt;token&gt;" once, which sets the earmark_token cookie
 * earmark.http.token.file=/var/run/secrets/earmark/http/token   (instead of earmark.http.token: a file holding
 *                                           the token, e.g. a mounted Kubernetes Secret; surrounding blanks dropped)
 * earmark.http.mask-iin=false              (default; true = the API, the live stream and the dashboard show
 *                                           12-digit IINs/BINs as ********3456, except financial organisations';
 *                                           the alerts topic keeps full ids)
 * application.server=host:port             (default: earmark.http.host:earmark.http.port; what other instances
 *                                           call to reach this one's HTTP API: set it when binding 0.0.0.0)
 * </pre>
 */
public record PipelineConfig(Properties all) {
    public static final String REGISTRY_URL = "earmark.registry.url";
    /** {@code earmark.topic.<name>} overrides one of the contract's topic names ({@link #topics()}). */
    public static final String TOPIC = "earmark.topic.";
    public static final String RULES_FILE = "earmark.rules.file";
    public static final String WATERMARK_INTERVAL_MS = "earmark.watermark.interval.ms";
    /** Which detection core runs: {@code by-fund} (the default) or {@code by-beneficiary}. */
    public static final String CORE = "earmark.core";
    public static final String DECODE_MAX_BYTES = "earmark.decode.max.bytes";
    /** Input events are well under 1 KiB; a value this big is garbage or abuse, not an event. */
    public static final int DEFAULT_DECODE_MAX_BYTES = 256 * 1024;
    public static final String INTERNAL_REPLICATION = "earmark.internal.replication.factor";
    public static final String HTTP_HOST = "earmark.http.host";
    public static final String HTTP_PORT = "earmark.http.port";
    public static final String HTTP_TOKEN = "earmark.http.token";
    public static final String HTTP_TOKEN_FILE = "earmark.http.token.file";
    public static final String HTTP_MASK_IIN = "earmark.http.mask-iin";
    /** The people who act on cases: a file of {@code NAME ROLE TOKEN} lines (see the API's People). */
    public static final String HTTP_PEOPLE = "earmark.http.people";

    public PipelineConfig {
        Properties copy = new Properties();
        copy.putAll(all);
        all = copy;
        require(all, StreamsConfig.BOOTSTRAP_SERVERS_CONFIG);
        require(all, REGISTRY_URL);
    }

    public static PipelineConfig load(Path file) {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pipeline config " + file, e);
        }
        return new PipelineConfig(props);
    }

    public static PipelineConfig of(Map<String, String> settings) {
        Properties props = new Properties();
        props.putAll(settings);
        return new PipelineConfig(props);
    }

    private static void require(Properties all, String key) {
        if (all.getProperty(key) == null || all.getProperty(key).isBlank()) {
            throw new IllegalArgumentException("pipeline config is missing '" + key + "'");
        }
    }

    public String registryUrl() {
        return all.getProperty(REGISTRY_URL);
    }

    public Path rulesFile() {
        String file = all.getProperty(RULES_FILE);
        return file == null || file.isBlank() ? null : Path.of(file);
    }

    /** The contract's topic names unless {@code earmark.topic.<name>} overrides one. */
    public TopicNames topics() {
        TopicNames live = TopicNames.live();
        return new TopicNames(topic("funds", live.funds()), topic("movements", live.movements()),
                topic("assets", live.assets()), topic("alerts", live.alerts()),
                topic("fund-status", live.fundStatus()), topic("deadletter", live.deadLetter()),
                topic("kickback-signals", live.kickbackSignals()), topic("cases", live.cases()));
    }

    /** The settings that point a pipeline at {@code topics}, in the order {@link #topics()} reads them back. */
    public static Map<String, String> topicSettings(TopicNames topics) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(TOPIC + "funds", topics.funds());
        settings.put(TOPIC + "movements", topics.movements());
        settings.put(TOPIC + "assets", topics.assets());
        settings.put(TOPIC + "alerts", topics.alerts());
        settings.put(TOPIC + "fund-status", topics.fundStatus());
        settings.put(TOPIC + "deadletter", topics.deadLetter());
        settings.put(TOPIC + "kickback-signals", topics.kickbackSignals());
        settings.put(TOPIC + "cases", topics.cases());
        return settings;
    }

    private String topic(String name, String fallback) {
        return all.getProperty(TOPIC + name, fallback);
    }

    public PipelineSettings.Core core() {
        String value = all.getProperty(CORE, "by-fund").trim();
        return switch (value) {
            case "by-fund" -> PipelineSettings.Core.BY_FUND;
            case "by-beneficiary" -> PipelineSettings.Core.BY_BENEFICIARY;
            default -> throw new IllegalArgumentException(CORE + " must be by-fund or by-beneficiary, got " + value);
        };
    }

    public Duration watermarkInterval() {
        return Duration.ofMillis(Long.parseLong(all.getProperty(WATERMARK_INTERVAL_MS, "100")));
    }

    /** The largest input value (bytes, framing included) the decode stages accept ({@link #DECODE_MAX_BYTES}). */
    public int decodeMaxBytes() {
        String value = all.getProperty(DECODE_MAX_BYTES);
        return value == null || value.isBlank() ? DEFAULT_DECODE_MAX_BYTES : Integer.parseInt(value.trim());
    }

    public String httpHost() {
        return all.getProperty(HTTP_HOST, "127.0.0.1");
    }

    public int httpPort() {
        return Integer.parseInt(all.getProperty(HTTP_PORT, "8080").trim());
    }

    /**
     * The bearer token the HTTP surface requires: {@code earmark.http.token}, else the content of
     * {@code earmark.http.token.file} (trimmed); null when neither is set (no authentication). A token file that
     * cannot be read or is empty fails, rather than leaving the API open.
     */
    public String httpToken() {
        String token = all.getProperty(HTTP_TOKEN);
        if (token != null && !token.isBlank()) {
            return token.trim();
        }
        String file = all.getProperty(HTTP_TOKEN_FILE);
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            String content = Files.readString(Path.of(file.trim())).trim();
            if (content.isEmpty()) {
                throw new IllegalArgumentException(HTTP_TOKEN_FILE + " " + file + " is empty");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + HTTP_TOKEN_FILE + " " + file, e);
        }
    }

    /** The people file; null when none is set (cases can be read, but nobody can act on them). */
    public Path peopleFile() {
        String file = all.getProperty(HTTP_PEOPLE);
        return file == null || file.isBlank() ? null : Path.of(file.trim());
    }

    /** True when the HTTP surface masks people's 12-digit ids ({@code earmark.http.mask-iin}, default false). */
    public boolean maskIin() {
        return Boolean.parseBoolean(all.getProperty(HTTP_MASK_IIN, "false").trim());
    }

    /** This configuration with one setting replaced. */
    public PipelineConfig with(String key, String value) {
        Properties copy = new Properties();
        copy.putAll(all);
        copy.setProperty(key, value);
        return new PipelineConfig(copy);
    }

    public short internalReplication() {
        return Short.parseShort(all.getProperty(INTERNAL_REPLICATION, "-1"));
    }

    /**
     * Kafka Streams settings: Earmark's defaults (exactly-once v2, 100 ms commits, no task idling, 10 s sessions,
     * {@code application.server} = this instance's HTTP address, for interactive queries, the processing exception
     * handler that dead-letters), then everything non-Earmark.
     */
    public Properties streamsProperties() {
        Properties props = new Properties();
        // the two cores keep different state: each has an application id (and so internal topics) of its own
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, core() == PipelineSettings.Core.BY_BENEFICIARY
                ? "earmark-pipeline-by-beneficiary" : "earmark-pipeline");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
        // event-time order is the stages' job (watermarks), so a task never waits for an empty partition
        props.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, "-1");
        props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, httpHost() + ":" + httpPort());
        // a crashed instance's tasks move to the others after 10 s, not the client default of 45 s
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "10000");
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "2000");
        // an exception that escapes a processor dead-letters its record and processing goes on
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, ProcessingFailureHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        all.forEach((k, v) -> {
            if (!k.toString().startsWith("earmark.")) {
                props.put(k, v);
            }
        });
        props.put(ProcessingFailureHandler.TOPIC_CONFIG, topics().deadLetter());
        return props;
    }
}
