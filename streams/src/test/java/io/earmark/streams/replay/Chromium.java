package io.earmark.streams.replay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium from the command line: the DOM of a page after it loaded ({@code --dump-dom}) and a
 * screenshot. Each call is one browser process with a fresh profile in {@code workDir}, killed if it hangs.
 */
final class Chromium {

    private static final long TIMEOUT_SECONDS = 90;

    private final Path executable;
    private final Path workDir;

    private Chromium(Path executable, Path workDir) {
        this.executable = executable;
        this.workDir = workDir;
    }

    /** The browser on the PATH ({@code chromium}, {@code chromium-browser}), if installed. */
    static Optional<Chromium> find(Path workDir) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin");
        return Stream.of(path.split(":")).flatMap(dir -> Stream.of(Path.of(dir, "chromium"),
                        Path.of(dir, "chromium-browser")))
                .filter(Files::isExecutable).findFirst().map(exe -> new Chromium(exe, workDir));
    }

    String dumpDom(Path page) throws IOException, InterruptedException {
        Path out = workDir.resolve("dom.html");
        run(List.of("--dump-dom", page.toUri().toString()), out);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    void screenshot(Path page, Path png) throws IOException, InterruptedException {
        run(List.of("--window-size=1400,2400", "--screenshot=" + png.toAbsolutePath(), page.toUri().toString()),
                workDir.resolve("screenshot.log"));
    }

    private void run(List<String> args, Path stdout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(workDir, "profile-")));
        command.addAll(args);
        Process browser = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(workDir.resolve("chromium.err").toFile()).start();
        if (!browser.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            browser.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within " + TIMEOUT_SECONDS + " s");
        }
        if (browser.exitValue() != 0) {
            throw new IllegalStateException("chromium exited with " + browser.exitValue() + ": "
                    + Files.readString(workDir.resolve("chromium.err")));
        }
    }
}
