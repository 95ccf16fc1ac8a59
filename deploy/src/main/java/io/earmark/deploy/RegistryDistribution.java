package io.earmark.deploy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the Apicurio Registry distribution (the folder holding {@value #RUN_JAR}) that the {@code registry-dist}
 * module unpacks at build time.
 * In: the system property {@value #PROPERTY} or the environment variable {@value #ENV} if set; otherwise the
 * working directory and the location of this class, each searched upwards for {@value #RELATIVE}
 * (this finds it from any module's tests and from the assembled app under {@code app/target/lib}).
 * Out: the folder, or an error saying where it looked and how to build it.
 */
public final class RegistryDistribution {
    public static final String PROPERTY = "earmark.registry.home";
    public static final String ENV = "EARMARK_REGISTRY_HOME";
    static final String RELATIVE = "registry-dist/target/apicurio";
    public static final String RUN_JAR = "quarkus-run.jar";

    private RegistryDistribution() {
    }

    /** The registry's distribution folder; throws {@link IllegalStateException} naming the places searched. */
    public static Path locate() {
        String configured = Optional.ofNullable(System.getProperty(PROPERTY)).orElse(System.getenv(ENV));
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured).toAbsolutePath();
            if (!isDistribution(dir)) {
                throw new IllegalStateException(PROPERTY + "/" + ENV + " = " + dir + " holds no " + RUN_JAR);
            }
            return dir;
        }
        List<Path> searched = new ArrayList<>();
        for (Path start : startingPoints()) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(RELATIVE);
                searched.add(candidate);
                if (isDistribution(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("Schema registry distribution not found (searched " + searched + "). Build them with"
                + " `mvn -B -q -pl registry-dist package` or point -D" + PROPERTY + " / " + ENV + " at the folder.");
    }

    static boolean isDistribution(Path dir) {
        return Files.isRegularFile(dir.resolve(RUN_JAR));
    }

    private static List<Path> startingPoints() {
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of(System.getProperty("user.dir")).toAbsolutePath());
        codeLocation(RegistryDistribution.class).ifPresent(starts::add);
        return starts;
    }

    /** The jar file or classes directory {@code type} was loaded from. */
    static Optional<Path> codeLocation(Class<?> type) {
        try {
            return Optional.of(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
