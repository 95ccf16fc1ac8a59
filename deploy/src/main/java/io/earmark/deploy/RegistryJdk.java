package io.earmark.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the {@code java} executable of a JDK new enough for the schema registry (Apicurio 3 needs Java
 * {@value #MIN_MAJOR}+), while Earmark itself may run on Java 17. In, in this order: the system property
 * {@value #PROPERTY} or the environment variable {@value #ENV} (a JDK home or its {@code bin/java}; used as
 * given, and refused if older); {@code JAVA_HOME}; the JDK running this code; every JDK under {@value #JVM_DIR},
 * newest first. A JDK's major version is read from its {@code release} file.
 * Out: the path of its {@code bin/java}, or an error naming every place looked at.
 */
public final class RegistryJdk {
    public static final int MIN_MAJOR = 21;
    public static final String PROPERTY = "earmark.registry.java";
    public static final String ENV = "EARMARK_REGISTRY_JAVA";
    static final String JVM_DIR = "/usr/lib/jvm";
    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(?:1\\.)?(\\d+)");

    /** Where to look; {@link #fromEnvironment()} fills it from this machine, tests from temporary folders. */
    record Places(Optional<String> explicit, Optional<String> javaHome, Path runningJdk, Path jvmDir) {
    }

    private RegistryJdk() {
    }

    /** The {@code java} to run the registry with, found on this machine. */
    public static Path locate() {
        return locate(fromEnvironment());
    }

    static Places fromEnvironment() {
        return new Places(nonBlank(System.getProperty(PROPERTY)).or(() -> nonBlank(System.getenv(ENV))),
                nonBlank(System.getenv("JAVA_HOME")), Path.of(System.getProperty("java.home")), Path.of(JVM_DIR));
    }

    static Path locate(Places places) {
        if (places.explicit().isPresent()) {
            return explicit(Path.of(places.explicit().get()));
        }
        List<String> looked = new ArrayList<>();
        List<Path> candidates = new ArrayList<>();
        places.javaHome().ifPresent(home -> candidates.add(Path.of(home)));
        candidates.add(places.runningJdk());
        candidates.addAll(installed(places.jvmDir()));
        for (Path home : candidates) {
            OptionalInt major = major(home);
            looked.add(home + (major.isPresent() ? " (Java " + major.getAsInt() + ")" : " (no JDK)"));
            if (major.isPresent() && major.getAsInt() >= MIN_MAJOR && Files.isExecutable(java(home))) {
                return java(home);
            }
        }
        throw new IllegalStateException("The schema registry (Apicurio Registry) needs a JDK " + MIN_MAJOR
                + " or newer, and none was found. Looked at -D" + PROPERTY + " / " + ENV + " (not set), JAVA_HOME ("
                + places.javaHome().orElse("not set") + "), the running JDK and " + places.jvmDir() + ": " + looked
                + ". Install one (e.g. Temurin 25 or Debian's openjdk-21-jdk-headless) or point " + ENV
                + " at its home.");
    }

    private static Path explicit(Path given) {
        Path home = given.endsWith(Path.of("bin", "java")) ? given.getParent().getParent() : given;
        OptionalInt major = major(home);
        if (major.isEmpty() || major.getAsInt() < MIN_MAJOR || !Files.isExecutable(java(home))) {
            throw new IllegalStateException(PROPERTY + " / " + ENV + " = " + given + " is not a JDK " + MIN_MAJOR
                    + "+ (found " + (major.isPresent() ? "Java " + major.getAsInt() : "no release file and bin/java")
                    + "); the schema registry (Apicurio Registry) needs one");
        }
        return java(home);
    }

    /** The JDK homes under {@code jvmDir}, highest major version first. */
    private static List<Path> installed(Path jvmDir) {
        if (!Files.isDirectory(jvmDir)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(jvmDir)) {
            return dirs.filter(Files::isDirectory)
                    .sorted(Comparator.comparingInt((Path d) -> major(d).orElse(0)).reversed()
                            .thenComparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static OptionalInt major(Path home) {
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(home.resolve("release"), StandardCharsets.UTF_8));
            return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    private static Path java(Path home) {
        return home.resolve("bin").resolve("java");
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
