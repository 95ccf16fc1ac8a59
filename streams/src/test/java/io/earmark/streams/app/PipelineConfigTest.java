package io.earmark.streams.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.streams.topology.TopicNames;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineConfigTest {
    private static final PipelineConfig BASE = PipelineConfig.of(Map.of(
            "bootstrap.servers", "127.0.0.1:9092", "earmark.registry.url", "http://127.0.0.1:8081"));

    @Test
    void shouldAcceptInputValuesUpTo256KibByDefault() {
        assertThat(BASE.decodeMaxBytes()).isEqualTo(256 * 1024);
    }

    @Test
    void shouldTakeTheDecodeLimitFromTheConfigAndKeepItFromKafkaStreams() {
        PipelineConfig config = BASE.with(PipelineConfig.DECODE_MAX_BYTES, " 4096 ");

        assertThat(config.decodeMaxBytes()).isEqualTo(4096);
        assertThat(config.streamsProperties()).doesNotContainKey(PipelineConfig.DECODE_MAX_BYTES);
    }

    @Test
    void shouldReadBackTheTopicsItsTopicSettingsName() {
        TopicNames topics = TopicNames.forCase("settings");

        Map<String, String> required = Map.of("bootstrap.servers", "127.0.0.1:9092",
                PipelineConfig.REGISTRY_URL, "http://127.0.0.1:8081");
        Map<String, String> settings = new java.util.HashMap<>(PipelineConfig.topicSettings(topics));
        settings.putAll(required);

        assertThat(PipelineConfig.of(settings).topics()).isEqualTo(topics);
        assertThat(PipelineConfig.of(required).topics()).isEqualTo(TopicNames.live());
    }
}
