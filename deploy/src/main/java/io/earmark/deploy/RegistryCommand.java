package io.earmark.deploy;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line of an Apicurio Registry child process. In: the {@code java} of a JDK 21+ ({@link RegistryJdk}),
 * the distribution folder ({@link RegistryDistribution}) and two ports. Out: a JVM that runs Quarkus's entry point
 * from {@value RegistryDistribution#RUN_JAR} under the {@link ExitWithParent} watchdog, with its HTTP and
 * management interfaces on 127.0.0.1 only. Apicurio's defaults suit a local stack (in-memory H2 storage, no
 * authentication); its INFO chatter (per-request access and audit lines) is turned down to warnings.
 */
final class RegistryCommand {
    /** Quarkus's main class in {@value RegistryDistribution#RUN_JAR}; it finds the application next to that jar. */
    static final String MAIN_CLASS = "io.quarkus.bootstrap.runner.QuarkusEntryPoint";

    private RegistryCommand() {
    }

    static List<String> of(Path java, Path home, int httpPort, int managementPort) {
        String watchdog = RegistryDistribution.codeLocation(ExitWithParent.class)
                .orElseThrow(() -> new IllegalStateException("cannot locate the classes of " + ExitWithParent.class))
                .toString();
        String classpath = home.resolve(RegistryDistribution.RUN_JAR).toAbsolutePath() + File.pathSeparator + watchdog;
        // Small heap, serial GC and C1 only: about 3.5 s to the first answer instead of 6 s, ~250 MB resident.
        return List.of(java.toString(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.net.preferIPv4Stack=true",
                "-Dquarkus.http.host=" + FreePort.LOOPBACK,
                "-Dquarkus.http.port=" + httpPort,
                "-Dquarkus.management.host=" + FreePort.LOOPBACK,
                "-Dquarkus.management.port=" + managementPort,
                "-Dquarkus.banner.enabled=false",
                "-Dquarkus.http.access-log.enabled=false",
                "-Dquarkus.log.category.\"io.apicurio\".level=WARN",
                "-D" + ExitWithParent.PARENT_PID + "=" + ProcessHandle.current().pid(),
                "-cp", classpath, ExitWithParent.class.getName(), MAIN_CLASS);
    }
}
