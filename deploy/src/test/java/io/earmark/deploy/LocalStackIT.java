package io.earmark.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.deploy.testing.RegistryRest;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;

/** A whole local stack of its own (not the shared one): it comes up with the topics and goes away completely. */
class LocalStackIT {

    @Test
    void shouldStartBrokerRegistryAndTopicsThenStopEverything() throws Exception {
        Set<Long> registriesBefore = registryChildren();

        LocalStack stack = LocalStack.start();
        Set<Long> ours = registryChildren();
        ours.removeAll(registriesBefore);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            Map<String, TopicDescription> topics =
                    admin.describeTopics(TopicsDefinition.load().names()).allTopicNames().get(30, TimeUnit.SECONDS);
            assertThat(topics).hasSize(7).allSatisfy((name, d) -> assertThat(d.partitions()).hasSize(6));
        }
        assertThat(RegistryRest.get(stack.registryUrl(), "/subjects").status()).isEqualTo(200);
        assertThat(stack.describe()).contains(stack.bootstrapServers(), stack.registryUrl(), "earmark.fund-status.v1");
        assertThat(ours).hasSize(1);

        stack.close();

        assertThat(ours).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse());
        assertRefused(stack.bootstrapServers());
        assertRefused(URI.create(stack.registryUrl()).getAuthority());
    }

    private static Set<Long> registryChildren() {
        return ProcessHandle.current().children()
                .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains(RegistryCommand.MAIN_CLASS)).orElse(false))
                .map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }

    private static void assertRefused(String hostPort) {
        String[] parts = hostPort.split(":");
        assertThatThrownBy(() -> new Socket(parts[0], Integer.parseInt(parts[1])).close())
                .as("nothing listens on %s any more", hostPort)
                .isInstanceOf(IOException.class);
    }
}
