package io.earmark.deploy;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The configuration of a single-node KRaft broker (broker and controller in one process) on 127.0.0.1.
 * In: the client port, the controller port, the log directory and the default partition count.
 * Out: broker properties fit for exactly-once on one node (every internal topic with replication factor 1 and
 * min ISR 1), no rebalance delay, and no auto-created topics (topics come from the topics definition only).
 */
final class BrokerProperties {
    static final int NODE_ID = 1;

    private BrokerProperties() {
    }

    static Properties of(int port, int controllerPort, Path logDir, int defaultPartitions) {
        String host = FreePort.LOOPBACK;
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.bootstrap.servers", host + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());

        p.put("num.partitions", String.valueOf(defaultPartitions));
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("auto.create.topics.enable", "false");
        p.put("group.initial.rebalance.delay.ms", "0");

        // One node: every internal topic must live with a single replica, or transactions and groups never start.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "10");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");

        // A laptop-sized cleaner for the compacted fund-status topic (the default buffer is 128 MB).
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(32L * 1024 * 1024));
        return p;
    }
}
