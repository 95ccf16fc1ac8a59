package io.earmark.streams.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.earmark.schemas.DeadLetterHeaders;
import io.earmark.schemas.registry.RegistryUnavailableException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last net: a processor that throws outside the stages' own units dead-letters its record and resumes. */
class ProcessingFailureHandlerTest {

    @TempDir
    Path stateDir;

    @Test
    void shouldDeadLetterTheSourceRecordAndGoOn() {
        try (TopologyTestDriver driver = new TopologyTestDriver(topology(), properties())) {
            TestInputTopic<String, String> in = driver.createInputTopic("in", new StringSerializer(),
                    new StringSerializer());
            in.pipeInput("k1", "a");
            in.pipeInput("k2", "boom");
            in.pipeInput("k3", "b");

            assertThat(driver.createOutputTopic("out", new StringDeserializer(), new StringDeserializer())
                    .readValuesToList()).containsExactly("A", "B");
            TestRecord<String, String> letter = driver.createOutputTopic("dead-letters", new StringDeserializer(),
                    new StringDeserializer()).readRecord();
            assertThat(letter.key()).isEqualTo("k2");
            assertThat(letter.value()).isEqualTo("boom");
            assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("PROCESSING_FAILED");
            assertThat(header(letter, DeadLetterHeaders.EXCEPTION)).isEqualTo(IllegalStateException.class.getName());
            assertThat(header(letter, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("in");
            assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("1");
            assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("upper");
        }
    }

    @Test
    void shouldStopRatherThanDeadLetterAGoodRecordWhenTheRegistryIsUnreachable() {
        try (TopologyTestDriver driver = new TopologyTestDriver(topology(), properties())) {
            TestInputTopic<String, String> in = driver.createInputTopic("in", new StringSerializer(),
                    new StringSerializer());

            assertThatThrownBy(() -> in.pipeInput("k1", "registry down")).isInstanceOf(StreamsException.class)
                    .hasRootCauseInstanceOf(RegistryUnavailableException.class);
            assertThat(driver.createOutputTopic("dead-letters", new StringDeserializer(), new StringDeserializer())
                    .isEmpty()).isTrue();
        }
    }

    /** Upper-cases its values; "boom" is a bug, "registry down" an unreachable registry. */
    private static Topology topology() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()).withName("source-in"))
                .mapValues(v -> {
                    if (v.equals("boom")) {
                        throw new IllegalStateException("a bug");
                    }
                    if (v.equals("registry down")) {
                        throw new RegistryUnavailableException("http://127.0.0.1:1", "connection refused", null);
                    }
                    return v.toUpperCase();
                }, Named.as("upper"))
                .to("out", Produced.with(Serdes.String(), Serdes.String()).withName("sink-out"));
        return builder.build();
    }

    private Properties properties() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "handler-test");
        // as the pipeline sets it (PipelineConfig)
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, ProcessingFailureHandler.class.getName());
        props.put(ProcessingFailureHandler.TOPIC_CONFIG, "dead-letters");
        return props;
    }

    private static String header(TestRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
