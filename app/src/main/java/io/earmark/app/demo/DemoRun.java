package io.earmark.app.demo;

import io.earmark.deploy.LocalStack;
import io.earmark.producers.publish.EventPublisher;
import io.earmark.producers.publish.ProducerSettings;
import io.earmark.producers.ticker.Ticker;
import io.earmark.schemas.registry.HttpSchemaRegistryClient;
import io.earmark.schemas.serde.AvroSerializer;
import io.earmark.streams.api.ServedPipeline;
import io.earmark.streams.app.PipelineConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one demo runs, started in order and stopped in reverse. In: {@link DemoSettings}. Out: the local stack
 * (broker, registry process, topics), one {@link ServedPipeline} (state in a temporary directory), and a
 * {@link LiveScenario} thread publishing {@link DemoRounds} with heartbeats on the simulated clock. {@link #stop()}
 * (from a shutdown hook) ends the scenario, closes the pipeline while the broker still runs, then the stack, and
 * deletes the state; {@link #awaitStop} keeps the stack's own shutdown hook from stopping the broker first.
 */
public final class DemoRun {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRun.class);

    private final DemoSettings settings;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile LocalStack stack;
    private volatile Path stateDir;
    private volatile ServedPipeline pipeline;
    private volatile Producer<String, SpecificRecord> producer;
    private volatile LiveScenario scenario;
    private volatile Thread player;
    private volatile Thread triage;
    private volatile Path peopleDir;
    private final DemoPeople people = DemoPeople.draw();
    private final ScenarioClock clock;

    public DemoRun(DemoSettings settings) {
        this.settings = settings;
        this.clock = ScenarioClock.dayEvery(settings.wallPerDay(), System::nanoTime);
    }

    /** Starts the broker, the registry and the topics. */
    public void startStack() {
        stack = LocalStack.start(new LocalStack.Options(DemoPorts.preferredOrFree(settings.kafkaPort()),
                DemoPorts.preferredOrFree(settings.registryPort()), settings.partitions(), true));
    }

    /** Starts the pipeline with its HTTP server and waits until it runs and its live stream reads the alerts. */
    public void startPipeline() throws IOException, InterruptedException {
        stateDir = Files.createTempDirectory("earmark-demo-state");
        peopleDir = Files.createTempDirectory("earmark-demo-people");
        pipeline = ServedPipeline.create(PipelineConfig.of(Map.of(
                "bootstrap.servers", stack.bootstrapServers(),
                PipelineConfig.REGISTRY_URL, stack.registryUrl(),
                "application.id", "earmark-demo",
                "state.dir", stateDir.toString(),
                PipelineConfig.HTTP_PEOPLE, people.writeTo(peopleDir).toString(),
                PipelineConfig.HTTP_PORT, Integer.toString(DemoPorts.preferredOrFree(settings.httpPort())))),
                new SimulatedClock(clock)).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (pipeline.pipeline().streams().state() != KafkaStreams.State.RUNNING || !pipeline.streamReady()) {
            if (pipeline.pipeline().failure() != null || System.nanoTime() > deadline) {
                throw new IllegalStateException("the pipeline did not start: state "
                        + pipeline.pipeline().streams().state(), pipeline.pipeline().failure());
            }
            Thread.sleep(200);
        }
    }

    /** Starts playing the scenario rounds; {@code finished} hears how many rounds were played once they run out. */
    public void startScenario(Consumer<Integer> finished) {
        Properties props = ProducerSettings.reliable(ProducerSettings.bootstrap(stack.bootstrapServers()));
        props.put("client.id", "earmark-demo-scenario");
        producer = new KafkaProducer<>(props, new StringSerializer(),
                new AvroSerializer<>(new HttpSchemaRegistryClient(stack.registryUrl()), false));
        DemoRounds rounds = new DemoRounds(settings.funds(), settings.seed(), settings.days(), settings.fraudRate(),
                Clock.systemUTC());
        scenario = new LiveScenario(rounds::next, clock,
                new EventPublisher(producer), new Ticker(producer, "demo"), settings.tickEvery(), System::nanoTime,
                wall -> TimeUnit.NANOSECONDS.sleep(wall.toNanos()));
        player = new Thread(() -> {
            try {
                finished.accept(scenario.play(Integer.MAX_VALUE));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                if (stopped.getCount() > 0) {
                    LOG.error("the scenario stopped", e);
                }
            }
        }, "earmark-demo-scenario");
        player.setDaemon(true);
        player.start();
    }

    /**
     * Starts the simulated colleagues ({@link DemoTriage}): a pass over the cases every {@code every}, through the
     * pipeline's HTTP API.
     */
    public void startTriage(Duration every) {
        DemoTriage colleagues = new DemoTriage(pipeline.url(), people, settings.seed());
        triage = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    TimeUnit.MILLISECONDS.sleep(every.toMillis());
                    colleagues.pass();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                if (stopped.getCount() > 0) {
                    LOG.warn("the simulated triage stopped: {}", e.toString());
                }
            }
        }, "earmark-demo-triage");
        triage.setDaemon(true);
        triage.start();
    }

    public DemoPeople people() {
        return people;
    }

    public LocalStack stack() {
        return stack;
    }

    public ServedPipeline pipeline() {
        return pipeline;
    }

    /**
     * Waits until {@link #stop()} has closed the pipeline, reporting progress every {@code interval}. The stack's
     * close() is synchronized and the stack has a shutdown hook of its own: holding its monitor here keeps that hook
     * waiting until the pipeline is closed, so the broker outlives the pipeline's last commit.
     */
    public void awaitStop(Duration interval, Consumer<LiveScenario.Progress> progress) throws InterruptedException {
        synchronized (stack) {
            while (!stopped.await(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                progress.accept(scenario.progress());
            }
        }
    }

    /** Stops what was started, newest first; the stack last (whichever shutdown hook closes it, the other waits). */
    public void stop() {
        try {
            if (triage != null) {
                triage.interrupt();
                triage.join(5_000);
            }
            if (player != null) {
                player.interrupt();
                player.join(5_000);
            }
            if (producer != null) {
                producer.close(Duration.ofSeconds(5));
            }
            if (pipeline != null) {
                pipeline.close(Duration.ofSeconds(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
        }
        if (stack != null) {
            stack.close();
        }
        deleteRecursively(stateDir);
        deleteRecursively(peopleDir);
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a leftover temporary directory is harmless
        }
    }
}
