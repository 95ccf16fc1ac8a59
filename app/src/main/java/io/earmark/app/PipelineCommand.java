package io.earmark.app;

import io.earmark.streams.app.PipelineConfig;
import io.earmark.streams.launch.PipelineMain;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./earmark pipeline}: runs one instance of the detection pipeline until Ctrl-C or SIGTERM. Settings come from
 * a properties file ({@code --config}, any Kafka Streams or client key passes through) and/or the options below,
 * which win over the file.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Runs the detection pipeline (Kafka Streams, exactly-once) until Ctrl-C.")
public final class PipelineCommand implements Callable<Integer> {

    @Option(names = "--config", description = "Properties file: bootstrap.servers, earmark.registry.url, ...")
    Path config;

    @Option(names = "--bootstrap-servers", description = "Kafka bootstrap servers (default: 127.0.0.1:9092)")
    String bootstrapServers;

    @Option(names = "--registry-url", description = "Schema registry URL (default: http://127.0.0.1:8081/apis/ccompat/v7, the local stack's)")
    String registryUrl;

    @Option(names = "--application-id", description = "Kafka Streams application id (default: earmark-pipeline)")
    String applicationId;

    @Option(names = "--state-dir", description = "Where the RocksDB state lives")
    Path stateDir;

    @Option(names = "--rules", description = "Rules file (default: the shipped rules)")
    Path rules;

    @Override
    public Integer call() throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("bootstrap.servers", "127.0.0.1:9092");
        settings.put(PipelineConfig.REGISTRY_URL, "http://127.0.0.1:8081/apis/ccompat/v7");
        if (config != null) {
            Properties file = new Properties();
            try (InputStream in = Files.newInputStream(config)) {
                file.load(in);
            }
            file.forEach((k, v) -> settings.put(k.toString(), v.toString()));
        }
        putIfSet(settings, "bootstrap.servers", bootstrapServers);
        putIfSet(settings, PipelineConfig.REGISTRY_URL, registryUrl);
        putIfSet(settings, "application.id", applicationId);
        putIfSet(settings, "state.dir", stateDir == null ? null : stateDir.toString());
        putIfSet(settings, PipelineConfig.RULES_FILE, rules == null ? null : rules.toString());
        return PipelineMain.run(PipelineConfig.of(settings));
    }

    private static void putIfSet(Map<String, String> settings, String key, String value) {
        if (value != null) {
            settings.put(key, value);
        }
    }
}
