package io.earmark.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.earmark.app.EarmarkCli;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/Dockerfile, checked without Docker: every line is a known instruction, the exec-form lists are JSON, the
 * entry point is the CLI's main class and its default command parses with the real CLI, it copies what Maven
 * assembles (app/target/lib and the app jar of this version), and it exposes the port the manifests use.
 */
class DockerfileTest {
    private static final Set<String> INSTRUCTIONS = Set.of("FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD",
            "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL");

    private final Map<String, List<String>> instructions = parse(RepoFiles.read("deploy/Dockerfile"));

    @Test
    void shouldUseOnlyKnownInstructionsStartingFromAJava17Runtime() {
        assertThat(INSTRUCTIONS).containsAll(instructions.keySet());
        assertThat(instructions.get("FROM")).singleElement().asString().matches("eclipse-temurin:17-jre.*");
    }

    @Test
    void shouldRunTheCliWithThePipelineConfigByDefault() throws Exception {
        List<String> entrypoint = json(instructions.get("ENTRYPOINT").get(0));
        List<String> command = json(instructions.get("CMD").get(0));

        assertThat(entrypoint).containsExactly("java", "-cp", "/opt/earmark/lib/*:/opt/earmark/earmark-app.jar",
                EarmarkCli.class.getName());
        EarmarkCli.commandLine().parseArgs(command.toArray(String[]::new));
        assertThat(command).containsExactly("pipeline", "--config", "/etc/earmark/pipeline.properties");
    }

    @Test
    void shouldCopyWhatMavenAssemblesForThisVersion() {
        String version = projectVersion();

        assertThat(instructions.get("ARG")).contains("EARMARK_VERSION=" + version);
        assertThat(instructions.get("COPY")).containsExactly("app/target/lib/ /opt/earmark/lib/",
                "app/target/earmark-app-${EARMARK_VERSION}.jar /opt/earmark/earmark-app.jar");
        assertThat(RepoFiles.read("app/pom.xml")).contains("<artifactId>earmark-app</artifactId>")
                .contains("<outputDirectory>${project.build.directory}/lib</outputDirectory>");
    }

    @Test
    void shouldExposeThePipelinesHttpPortAsANonRootUser() {
        String httpPort = RepoFiles.properties("deploy/config/pipeline.properties").getProperty("earmark.http.port");

        assertThat(instructions.get("EXPOSE")).containsExactly(httpPort);
        assertThat(instructions.get("USER")).singleElement().asString().doesNotStartWith("0").doesNotStartWith("root");
    }

    /** Instruction → its arguments, one per occurrence; continuation lines joined, comments dropped. */
    private static Map<String, List<String>> parse(String dockerfile) {
        Map<String, List<String>> parsed = new LinkedHashMap<>();
        String joined = dockerfile.replaceAll("\\\\\\n\\s*", " ");
        for (String line : joined.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+", 2);
            parsed.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts.length > 1 ? parts[1] : "");
        }
        return parsed;
    }

    @SuppressWarnings("unchecked")
    private static List<String> json(String execForm) throws Exception {
        return new ObjectMapper().readValue(execForm, List.class);
    }

    private static String projectVersion() {
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>.*?</parent>", Pattern.DOTALL)
                .matcher(RepoFiles.read("app/pom.xml"));
        assertThat(parent.find()).isTrue();
        return parent.group(1);
    }
}
