package io.earmark.streams.topology;

import io.earmark.schemas.Topics;

/**
 * The topics one pipeline reads and writes. Live processing uses the contract's names; a replay case gets output
 * topics of its own. {@code kickbackSignals} is the pipeline's own feedback topic from the pair stage to the core
 * (a cycle Kafka Streams cannot express as a repartition topic), created by the app with the input partition count.
 */
public record TopicNames(String funds, String movements, String assets, String alerts, String fundStatus,
                         String deadLetter, String kickbackSignals, String cases) {

    public static TopicNames live() {
        return new TopicNames(Topics.FUNDS, Topics.MOVEMENTS, Topics.ASSETS, Topics.ALERTS, Topics.FUND_STATUS,
                Topics.DEADLETTER, "earmark.internal.kickback-signals.v1",
                Topics.CASES);
    }

    /**
     * An investigator's case: every topic under {@code earmark.case.NAME.*}. A replay copies its slice of the input
     * into the case's own input topics (so it can end them with heartbeats of its own) and never writes a live topic.
     */
    public static TopicNames forCase(String name) {
        String prefix = "earmark.case." + name + ".";
        return new TopicNames(prefix + "funds", prefix + "movements", prefix + "assets", prefix + "alerts",
                prefix + "fund-status", prefix + "deadletter", prefix + "kickback-signals", prefix + "cases");
    }
}
