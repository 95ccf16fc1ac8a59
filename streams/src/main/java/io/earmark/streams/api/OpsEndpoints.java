package io.earmark.streams.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.streams.KafkaStreams;

/**
 * What an operator's probes read. {@code GET /health}: 200 {@code {"state":"RUNNING"}} only while Kafka Streams is
 * RUNNING, 503 with the state otherwise (starting, rebalancing, stopped, failed). {@code GET /metrics}: the
 * Prometheus text format of the instance's registry (Kafka Streams' metrics and Earmark's own).
 */
final class OpsEndpoints {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final KafkaStreams streams;
    private final PrometheusMeterRegistry registry;

    OpsEndpoints(KafkaStreams streams, PrometheusMeterRegistry registry) {
        this.streams = streams;
        this.registry = registry;
    }

    void health(Context ctx) {
        KafkaStreams.State state = streams.state();
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("state", state.name());
        if (state != KafkaStreams.State.RUNNING) {
            body.put("message", "the pipeline is " + state + ", not RUNNING");
            ctx.status(503);
        }
        ctx.contentType("application/json").result(body.toString());
    }

    void metrics(Context ctx) {
        ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape());
    }
}
