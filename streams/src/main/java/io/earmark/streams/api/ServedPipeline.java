package io.earmark.streams.api;

import io.earmark.streams.app.EarmarkPipeline;
import io.earmark.streams.app.PipelineConfig;
import io.earmark.streams.ledger.StatusView;
import io.earmark.streams.metrics.EarmarkMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;

/**
 * One pipeline instance with its HTTP surface: the {@link EarmarkPipeline} (reporting to {@link EarmarkMetrics}),
 * Kafka Streams' metrics bound through Micrometer's {@link KafkaStreamsMetrics}, the {@link ApiServer} with the
 * dashboard, and the {@link AlertFeed} behind the live stream. In: the pipeline configuration; an HTTP port of 0 is
 * replaced by a free one before Kafka Streams learns its {@code application.server}. Out: a running instance, its
 * URL; {@link #close()} stops the HTTP server, the feed and the pipeline.
 */
public final class ServedPipeline implements AutoCloseable {

    private final PipelineConfig config;
    private final PrometheusMeterRegistry registry;
    private final EarmarkPipeline pipeline;
    private final KafkaStreamsMetrics streamsMetrics;
    private final AlertStream stream;
    private final AlertFeed feed;
    private final ApiServer server;
    private final CaseWriter caseWriter;
    private boolean closed;

    private ServedPipeline(PipelineConfig config, Clock caseClock) throws InterruptedException {
        this.config = config;
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        EarmarkMetrics metrics = new EarmarkMetrics(registry);
        this.pipeline = new EarmarkPipeline(config, config.topics(), metrics);
        this.streamsMetrics = new KafkaStreamsMetrics(pipeline.streams());
        streamsMetrics.bindTo(registry);
        Properties props = config.streamsProperties();
        HostInfo self = HostInfo.buildFromEndpoint(props.getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG));
        Instances instances = new Instances(pipeline.streams(), self);
        LocalStores stores = new LocalStores(pipeline.streams(), config.core());
        Peers peers = new Peers(config.httpToken());
        IdMask mask = IdMask.of(config.maskIin());
        LocalAlerts alerts = new LocalAlerts(stores, instances);
        People people = config.peopleFile() == null ? People.none() : People.load(config.peopleFile());
        this.caseWriter = new CaseWriter(props, config.registryUrl(), config.topics().cases());
        LocalCases cases = new LocalCases(stores);
        this.stream = new AlertStream(mask);
        this.feed = new AlertFeed(props, config.registryUrl(), config.topics().alerts(), stream);
        this.server = new ApiServer(
                new FundsEndpoint(instances, stores, peers, new FundView(new StatusView(pipeline.rules()))),
                new AlertsEndpoint(instances, alerts, peers),
                new FinancialOrgsEndpoint(instances, new LocalFinancialOrgs(stores, alerts, metrics.clock()), peers),
                new PartiesEndpoint(instances, new LocalNetwork(stores), peers),
                new CasesEndpoint(instances, cases, new CaseDesk(cases, caseWriter, caseClock), people, peers),
                stream,
                new OpsEndpoints(pipeline.streams(), registry),
                new TokenAuth(config.httpToken(), people), mask);
    }

    /** Builds the instance (checks the topics, builds the topology) without starting anything. */
    public static ServedPipeline create(PipelineConfig config) throws InterruptedException {
        return create(config, Clock.systemUTC());
    }

    /**
     * The same, with the clock that stamps people's case acts: the wall clock, or a demo's simulated one (its world
     * lives in 2024, so its triage must too). Detection never reads it.
     */
    public static ServedPipeline create(PipelineConfig config, Clock caseClock) throws InterruptedException {
        PipelineConfig bound = config.httpPort() == 0
                ? config.with(PipelineConfig.HTTP_PORT, Integer.toString(freePort(config.httpHost())))
                : config;
        return new ServedPipeline(bound, caseClock);
    }

    /** Starts the HTTP server first (so /health answers while Kafka Streams starts), then the feed and the pipeline. */
    public ServedPipeline start() {
        server.start(config.httpHost(), config.httpPort());
        feed.start();
        pipeline.start();
        return this;
    }

    public EarmarkPipeline pipeline() {
        return pipeline;
    }

    public PipelineConfig config() {
        return config;
    }

    /** The dashboard's and the API's base URL, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        String host = config.httpHost().equals("0.0.0.0") ? "127.0.0.1" : config.httpHost();
        return "http://" + host + ":" + config.httpPort();
    }

    /** True once the live stream reads the alerts topic: alerts committed from then on reach its clients. */
    public boolean streamReady() {
        return feed.ready();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    /** Ends the live streams while the server still runs, then stops the server, the feed and the pipeline. */
    public synchronized void close(Duration timeout) {
        if (closed) {
            return;
        }
        closed = true;
        stream.close();
        server.close();
        caseWriter.close();
        feed.close();
        pipeline.close(timeout);
        streamsMetrics.close();
        registry.close();
    }

    private static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port on " + host, e);
        }
    }
}
