package io.earmark.streams.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.schemas.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
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
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()).withName("source-in"))
                .mapValues(v -> {
                    if (v.equals("boom")) {
                        throw new IllegalStateException("a bug");
                    }
                    return v.toUpperCase();
                }, Named.as("upper"))
                .to("out", Produced.with(Serdes.String(), Serdes.String()).withName("sink-out"));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "handler-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, ProcessingFailureHandler.class.getName());
        props.put(ProcessingFailureHandler.TOPIC_CONFIG, "dead-letters");

        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
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

    private static String header(TestRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
