package io.earmark.streams.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.junit.jupiter.api.Test;

class TimeRetentionCheckTest {

    private static Config config(String policy, String retention) {
        return new Config(List.of(new ConfigEntry("cleanup.policy", policy), new ConfigEntry("retention.ms", retention)));
    }

    @Test
    void shouldWarnAboutEveryTopicThatDeletesByAgeOnly() {
        List<String> warnings = TimeRetentionCheck.offending(Map.of(
                "kept-forever", config("delete", "-1"),
                "compacted", config("compact", "604800000"),
                "week", config("delete", "604800000"),
                "compacted-and-aged", config("compact,delete", "86400000")));

        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).startsWith("Topic compacted-and-aged deletes records older than 86400000 ms");
        assertThat(warnings.get(1)).startsWith("Topic week deletes records older than 604800000 ms")
                .contains("retention.ms=-1");
    }

    @Test
    void shouldNotGuessWhenTheBrokerReportsNoSetting() {
        assertThat(TimeRetentionCheck.offending(Map.of("bare", new Config(List.of())))).isEmpty();
    }
}
