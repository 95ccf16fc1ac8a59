package io.earmark.app.deploy;

import static io.earmark.app.deploy.Manifests.at;
import static io.earmark.app.deploy.Manifests.named;
import static org.assertj.core.api.Assertions.assertThat;

import io.earmark.app.EarmarkCli;
import io.earmark.streams.app.PipelineConfig;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests of deploy/k8s agree with each other and with the code: ports, paths, Services, volumes,
 * command lines (parsed by the real CLI) and the ConfigMap's settings.
 */
class KubernetesManifestsTest {
    /** The pipeline's HTTP port key (PipelineConfig); ProductionConfigTest checks that the code knows it. */
    private static final String HTTP_PORT = "earmark.http.port";
    private static final Pattern SECRET_REFERENCE = Pattern.compile("\\$\\{secrets:([^:}]+):([^}]+)}");

    private final Manifests manifests = Manifests.load();
    private final Map<String, Object> pipeline = manifests.get("StatefulSet", "earmark-pipeline");
    private final Map<String, Object> ticker = manifests.get("Deployment", "earmark-ticker");
    private final Properties pipelineConfig = RepoFiles.parse(
            at(manifests.get("ConfigMap", "earmark-pipeline"), "data/pipeline.properties"));
    private final int httpPort = Integer.parseInt(pipelineConfig.getProperty(HTTP_PORT));

    @Test
    void shouldProbeScrapeAndServeOnTheConfiguredHttpPort() {
        Map<String, Object> container = container(pipeline, "pipeline");

        assertThat(httpPort).isEqualTo(8080);
        assertThat((Integer) at(container, "readinessProbe/httpGet/port")).isEqualTo(httpPort);
        assertThat((String) at(container, "readinessProbe/httpGet/path")).isEqualTo("/health");
        assertThat(named(at(container, "ports"), "http").get("containerPort")).isEqualTo(httpPort);
        Map<String, String> annotations = at(pipeline, "spec/template/metadata/annotations");
        assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/port", String.valueOf(httpPort))
                .containsEntry("prometheus.io/path", "/metrics");
        assertThat(pipelineConfig.getProperty("earmark.http.host")).isEqualTo("0.0.0.0");
    }

    @Test
    void shouldGiveEachInstanceItsPodsDnsNameThroughTheHeadlessServiceAsApplicationServer() {
        String serviceName = at(pipeline, "spec/serviceName");
        Map<String, Object> headless = manifests.get("Service", serviceName);
        Map<String, Object> init = named(at(pipeline, "spec/template/spec/initContainers"), "render-config");
        String applicationServer = (String) named(at(init, "env"), "APPLICATION_SERVER").get("value");

        assertThat((String) at(headless, "spec/clusterIP")).isEqualTo("None");
        assertThat((Map<String, Object>) at(headless, "spec/selector"))
                .isEqualTo(at(pipeline, "spec/selector/matchLabels"));
        assertThat(named(at(headless, "spec/ports"), "http")).containsEntry("port", httpPort).containsEntry("targetPort", "http");
        assertThat(applicationServer).isEqualTo("$(POD_NAME)." + serviceName + ".$(POD_NAMESPACE).svc.cluster.local:" + httpPort);
        assertThat(String.join(" ", (List<String>) at(init, "command")))
                .contains("application.server=${APPLICATION_SERVER}", "/etc/earmark/pipeline.properties");
        assertThat(pipelineConfig).doesNotContainKey("application.server");
    }

    @Test
    void shouldRunThePipelineWithTheRenderedConfigAndKeepStateOnAPersistentVolume() {
        Map<String, Object> container = container(pipeline, "pipeline");
        List<String> args = at(container, "args");

        EarmarkCli.commandLine().parseArgs(args.toArray(String[]::new));
        assertThat(args).containsExactly("pipeline", "--config", "/etc/earmark/pipeline.properties");
        assertThat(mountPath(container, "config")).isEqualTo("/etc/earmark");
        List<Map<String, Object>> claims = at(pipeline, "spec/volumeClaimTemplates");
        String stateVolume = at(claims.get(0), "metadata/name");
        assertThat(pipelineConfig.getProperty("state.dir")).startsWith(mountPath(container, stateVolume) + "/");
        assertThat(pipelineConfig.getProperty("earmark.rules.file"))
                .isEqualTo(mountPath(container, "rules") + "/rules.yaml");
        assertThat(volume(pipeline, "rules")).containsEntry("configMap", Map.of("name", "earmark-rules"));
        assertThat(volume(pipeline, "config-template")).containsEntry("configMap", Map.of("name", "earmark-pipeline"));
    }

    @Test
    void shouldMountEverySecretTheConfigurationsReadFrom() {
        assertSecretsMounted(pipelineConfig, container(pipeline, "pipeline"), pipeline);
        Properties tickerConfig = RepoFiles.parse(at(manifests.get("ConfigMap", "earmark-ticker"), "data/ticker.properties"));
        assertSecretsMounted(tickerConfig, container(ticker, "ticker"), ticker);
    }

    @Test
    void shouldRunTheTickerAgainstThePipelinesClusterAndRegistry() {
        Map<String, Object> container = container(ticker, "ticker");
        List<String> args = at(container, "args");

        EarmarkCli.commandLine().parseArgs(args.toArray(String[]::new));
        assertThat(args.get(0)).isEqualTo("ticker");
        assertThat(option(args, "--bootstrap-servers")).isEqualTo(pipelineConfig.getProperty("bootstrap.servers"));
        assertThat(option(args, "--registry-url")).isEqualTo(pipelineConfig.getProperty(PipelineConfig.REGISTRY_URL));
        assertThat(option(args, "--producer-config")).isEqualTo(mountPath(container, "config") + "/ticker.properties");
        assertThat(volume(ticker, "config")).containsEntry("configMap", Map.of("name", "earmark-ticker"));
        assertThat((Integer) at(ticker, "spec/replicas")).isEqualTo(1);
    }

    @Test
    void shouldReferenceOnlyConfigMapsItDefinesAndListEveryManifestInTheKustomization() {
        List<String> configMaps = manifests.ofKind("ConfigMap").stream().map(o -> (String) at(o, "metadata/name")).toList();
        for (Map<String, Object> workload : List.of(pipeline, ticker)) {
            List<Map<String, Object>> volumes = at(workload, "spec/template/spec/volumes");
            volumes.stream().filter(v -> v.containsKey("configMap"))
                    .forEach(v -> assertThat(configMaps).contains((String) at(v, "configMap/name")));
            String operations = RepoFiles.read("docs/operations.md");
            volumes.stream().filter(v -> v.containsKey("secret"))
                    .forEach(v -> assertThat(operations).as("docs/operations.md says how to create each Secret")
                            .contains("kubectl create secret generic " + at(v, "secret/secretName") + " "));
        }
        assertThat(manifests.ofKind("Secret")).as("secrets are referenced, never committed").isEmpty();
        String kustomization = RepoFiles.read(Manifests.DIR + "/kustomization.yaml");
        assertThat(kustomization).contains("configmap.yaml", "pipeline-services.yaml", "pipeline-statefulset.yaml",
                "ticker-deployment.yaml");
    }

    private static void assertSecretsMounted(Properties config, Map<String, Object> container, Map<String, Object> workload) {
        Matcher reference = SECRET_REFERENCE.matcher(config.getProperty("sasl.jaas.config"));
        assertThat(reference.find()).isTrue();
        String passwordDir = reference.group(1);
        String allowed = config.getProperty("config.providers.secrets.param.allowed.paths");
        assertThat(passwordDir).startsWith(allowed);
        assertThat(secretMountedAt(container, workload, passwordDir)).startsWith("earmark-kafka-");
        String truststore = config.getProperty("ssl.truststore.location");
        String caDir = truststore.substring(0, truststore.lastIndexOf('/'));
        assertThat(secretMountedAt(container, workload, caDir)).isEqualTo("earmark-kafka-ca");
    }

    /** The name of the Secret mounted at {@code path} in the container. */
    private static String secretMountedAt(Map<String, Object> container, Map<String, Object> workload, String path) {
        List<Map<String, Object>> mounts = at(container, "volumeMounts");
        Map<String, Object> mount = mounts.stream().filter(m -> path.equals(m.get("mountPath"))).findFirst()
                .orElseThrow(() -> new AssertionError("nothing mounted at " + path));
        return at(volume(workload, (String) mount.get("name")), "secret/secretName");
    }

    private static Map<String, Object> container(Map<String, Object> workload, String name) {
        return named(at(workload, "spec/template/spec/containers"), name);
    }

    private static Map<String, Object> volume(Map<String, Object> workload, String name) {
        return named(at(workload, "spec/template/spec/volumes"), name);
    }

    private static String mountPath(Map<String, Object> container, String volume) {
        return (String) named(at(container, "volumeMounts"), volume).get("mountPath");
    }

    private static String option(List<String> args, String name) {
        return args.get(args.indexOf(name) + 1);
    }
}
