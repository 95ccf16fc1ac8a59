package io.earmark.streams.api;

import io.earmark.schema.FundAlert;
import io.earmark.schemas.json.JsonLines;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.serde.AvroDeserializer;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the {@link AlertStream}. In: the alerts topic, read by a consumer of its own (no group, every partition,
 * {@code read_committed}, from the end when it starts). Out: each new alert, once, to the stream's clients. Reading
 * the topic rather than watching the local core tasks means every instance streams every alert, whichever instance
 * raised it, and only alerts of committed transactions.
 */
final class AlertFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertFeed.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, FundAlert> consumer;
    private final String topic;
    private final AlertStream stream;
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean ready;

    AlertFeed(Properties clientProperties, String registryUrl, String topic, AlertStream stream) {
        Properties props = new Properties();
        clientProperties.forEach((k, v) -> {
            if (ConsumerConfig.configNames().contains(k.toString())) {
                props.put(k, v);
            }
        });
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "earmark-alert-feed-" + topic);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new AvroDeserializer<>(new HttpSchemaRegistryClient(registryUrl), FundAlert.class));
        this.topic = topic;
        this.stream = stream;
        this.thread = new Thread(this::run, "earmark-alert-feed");
        thread.setDaemon(true);
    }

    AlertFeed start() {
        thread.start();
        return this;
    }

    private void run() {
        try {
            while (!closed && !assign()) {
                Thread.sleep(1000);
            }
            while (!closed) {
                pollOnce();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (!closed) {
                LOG.error("alert feed stopped: the live stream gets no more alerts", e);
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Assigns every partition of the topic, at its end; false while the topic does not exist yet. */
    private boolean assign() {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        if (partitions.isEmpty()) {
            return false;
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        ready = true;
        LOG.info("alert feed reading {} ({} partitions) from the end", topic, partitions.size());
        return true;
    }

    private void pollOnce() {
        try {
            for (ConsumerRecord<String, FundAlert> record : consumer.poll(POLL)) {
                stream.publish(record.value().getAlertId(), JsonLines.write(record.value()));
            }
        } catch (RecordDeserializationException e) {
            LOG.warn("skipping an unreadable alert at {}@{}: {}", e.topicPartition(), e.offset(), e.getMessage());
            consumer.seek(e.topicPartition(), e.offset() + 1);
        }
    }

    /** True once the consumer is positioned: alerts committed from now on will be streamed. */
    boolean ready() {
        return ready;
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
