package io.earmark.streams.replay;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The scenario directories under src/test/resources/scenarios, as paths. */
final class ScenarioFiles {

    private ScenarioFiles() {
    }

    static Path everyRule() {
        try {
            return Path.of(ScenarioFiles.class.getClassLoader().getResource("scenarios/every-rule").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
