package io.earmark.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A child started through ExitWithParent ends when its parent dies without any chance to clean up (SIGKILL). */
class ExitWithParentIT {

    /** A child main that says it is ready and then blocks forever. */
    public static final class BlockForever {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("ready");
            new CountDownLatch(1).await();
        }
    }

    @Test
    void shouldEndTheChildWhenTheParentIsKilled() throws Exception {
        Process parent = new ProcessBuilder("sleep", "300").start();
        String classpath = location(ExitWithParent.class) + File.pathSeparator + location(BlockForever.class);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + ExitWithParent.PARENT_PID + "=" + parent.pid(), "-cp", classpath,
                ExitWithParent.class.getName(), BlockForever.class.getName()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("ready");
            assertThat(child.isAlive()).isTrue();

            parent.destroyForcibly();

            await().atMost(Duration.ofSeconds(15)).until(() -> !child.isAlive());
        } finally {
            parent.destroyForcibly();
            child.destroyForcibly();
        }
    }

    private static String location(Class<?> type) {
        return RegistryDistribution.codeLocation(type).orElseThrow().toString();
    }
}
