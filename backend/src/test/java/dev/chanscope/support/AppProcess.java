package dev.chanscope.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The app in a JVM of its own, started from the test's classpath, so a test can stop it the way an
 * orchestrator does: SIGTERM ({@link #terminate}), which runs Spring's graceful shutdown through the
 * JVM's shutdown hook.
 */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** A loopback port that was free a moment ago. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * Starts the app on {@code port} and waits (at most {@code timeout}) until {@code
     * /actuator/health} answers 200. Its output goes to {@code log}.
     */
    public static AppProcess start(int port, Path log, Duration timeout, String... extraArgs)
            throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED",
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classpath,
                "dev.chanscope.ChanscopeApplication",
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off"));
        command.addAll(List.of(extraArgs));
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        AppProcess app = new AppProcess(p, port, log);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (true) {
                if (!p.isAlive()) {
                    throw new IllegalStateException(
                            "the app exited with " + p.exitValue() + " while starting; see " + log.toAbsolutePath());
                }
                try {
                    HttpResponse<Void> r = http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return app;
                    }
                } catch (IOException notYetListening) {
                    // keep polling until the deadline
                }
                if (System.nanoTime() > deadline) {
                    app.close();
                    throw new IllegalStateException(
                            "the app was not healthy within " + timeout + "; see " + log.toAbsolutePath());
                }
                Thread.sleep(100); // polling the health endpoint, not synchronising on timing
            }
        }
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** Sends SIGTERM and waits at most {@code timeout} for the JVM to exit; returns its exit code. */
    public int terminate(Duration timeout) throws InterruptedException {
        process.destroy(); // SIGTERM on Linux and macOS
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the app did not exit within " + timeout + " of SIGTERM; see " + log);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
