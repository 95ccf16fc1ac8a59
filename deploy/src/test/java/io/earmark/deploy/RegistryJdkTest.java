package io.earmark.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which JDK the registry is run with: an explicit setting, JAVA_HOME, the running JDK, then the machine's JDKs. */
class RegistryJdkTest {

    @TempDir
    Path dir;

    @Test
    void shouldUseTheExplicitSettingFirst() throws Exception {
        Path explicit = jdk("explicit", "21.0.4");
        Path javaHome = jdk("home", "25.0.1");

        Path java = RegistryJdk.locate(places(Optional.of(explicit.toString()), Optional.of(javaHome.toString())));

        assertThat(java).isEqualTo(explicit.resolve("bin/java"));
    }

    @Test
    void shouldAcceptTheJavaExecutableAsTheExplicitSetting() throws Exception {
        Path explicit = jdk("explicit", "25");

        Path java = RegistryJdk.locate(places(Optional.of(explicit.resolve("bin/java").toString()), Optional.empty()));

        assertThat(java).isEqualTo(explicit.resolve("bin/java"));
    }

    @Test
    void shouldRefuseAnExplicitJdkOlderThan21() throws Exception {
        Path old = jdk("old", "17.0.15");
        jdk("jvm/newer", "25.0.3");

        assertThatThrownBy(() -> RegistryJdk.locate(places(Optional.of(old.toString()), Optional.empty())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(old.toString())
                .hasMessageContaining("Java 17");
    }

    @Test
    void shouldTakeJavaHomeWhenItIsNewEnough() throws Exception {
        Path javaHome = jdk("home", "21.0.4");
        jdk("jvm/temurin-25", "25.0.3");

        assertThat(RegistryJdk.locate(places(Optional.empty(), Optional.of(javaHome.toString()))))
                .isEqualTo(javaHome.resolve("bin/java"));
    }

    @Test
    void shouldPassOverAnOldJavaHomeAndTakeTheNewestMachineJdk() throws Exception {
        Path javaHome = jdk("home", "17.0.15");
        jdk("jvm/openjdk-21", "21.0.4");
        Path newest = jdk("jvm/temurin-25", "25.0.3");
        jdk("jvm/java-1.8", "1.8.0_402");

        assertThat(RegistryJdk.locate(places(Optional.empty(), Optional.of(javaHome.toString()))))
                .isEqualTo(newest.resolve("bin/java"));
    }

    @Test
    void shouldNameEveryPlaceLookedAtWhenNoJdkIsNewEnough() throws Exception {
        Path javaHome = jdk("home", "17.0.15");
        Path machineJdk = jdk("jvm/java-17", "17.0.15");

        assertThatThrownBy(() -> RegistryJdk.locate(places(Optional.empty(), Optional.of(javaHome.toString()))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs a JDK 21 or newer")
                .hasMessageContaining(RegistryJdk.ENV)
                .hasMessageContaining("JAVA_HOME (" + javaHome + ")")
                .hasMessageContaining(machineJdk + " (Java 17)")
                .hasMessageContaining(dir.resolve("running") + " (Java 17)");
    }

    @Test
    void shouldReadTheMajorVersionOfOldAndNewReleaseFiles() throws Exception {
        assertThat(RegistryJdk.major(jdk("a", "1.8.0_402"))).hasValue(8);
        assertThat(RegistryJdk.major(jdk("b", "25.0.3"))).hasValue(25);
        assertThat(RegistryJdk.major(dir.resolve("missing"))).isEmpty();
    }

    private RegistryJdk.Places places(Optional<String> explicit, Optional<String> javaHome) throws Exception {
        return new RegistryJdk.Places(explicit, javaHome, jdk("running", "17.0.15"), dir.resolve("jvm"));
    }

    /** A folder that looks like a JDK home: a release file and an executable bin/java. */
    private Path jdk(String name, String version) throws Exception {
        Path home = dir.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = home.resolve("bin/java");
        if (!Files.exists(java)) {
            Files.createFile(java);
        }
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return home;
    }
}
