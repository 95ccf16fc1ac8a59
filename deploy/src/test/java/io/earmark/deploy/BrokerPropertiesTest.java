package io.earmark.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BrokerPropertiesTest {
    private final Properties props = BrokerProperties.of(19092, 19093, Path.of("/tmp/x"), 6);

    @Test
    void shouldBindEveryListenerToLoopbackOnly() {
        assertThat(props.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
        assertThat(props.getProperty("advertised.listeners")).isEqualTo(props.getProperty("listeners"));
        assertThat(props.getProperty("controller.quorum.bootstrap.servers")).isEqualTo("127.0.0.1:19093");
    }

    @Test
    void shouldAllowTransactionsAndGroupsOnASingleNode() {
        assertThat(props).containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0");
    }

    @Test
    void shouldNeverCreateTopicsImplicitly() {
        assertThat(props).containsEntry("auto.create.topics.enable", "false").containsEntry("num.partitions", "6");
    }
}
