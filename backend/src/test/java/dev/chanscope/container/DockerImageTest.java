package dev.chanscope.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chanscope.support.EventBatchHeader;
import dev.chanscope.support.ProjectPaths;
import dev.chanscope.support.WsTestClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.Slf4jLogConsumer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.containers.wait.strategy.WaitAllStrategy;
import org.testcontainers.images.builder.ImageFromDockerfile;
import tools.jackson.databind.JsonNode;

/**
 * The shipped artifact: builds the image from the repository's Dockerfile (as {@code docker build
 * .} would, honouring .dockerignore), starts it, and checks that it reports healthy and streams a
 * real run over {@code /ws/runs}. Skipped when no Docker engine is reachable.
 */
class DockerImageTest {

    private static final Logger log = LoggerFactory.getLogger(DockerImageTest.class);
    private static final int HTTP_PORT = 8080;
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);

    // Per test rather than @BeforeAll: Surefire reports a test skipped in @BeforeEach, with this
    // reason, but shows a class aborted in @BeforeAll as "0 tests run".
    @BeforeEach
    void requireDocker() {
        assumeTrue(
                DockerClientFactory.instance().isDockerAvailable(),
                "No Docker engine reachable: skipping the container image test");
    }

    // The image build runs npm ci and a Maven build inside Docker.
    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void imageBecomesHealthyAndStreamsTheSameRunTwiceOverWebSocket() {
        Path repoRoot = ProjectPaths.repositoryRoot();
        var image = new ImageFromDockerfile("localhost/chanscope-image-test", true)
                .withDockerfile(repoRoot.resolve("Dockerfile"));

        try (GenericContainer<?> app = new GenericContainer<>(image)
                .withExposedPorts(HTTP_PORT)
                .withLogConsumer(new Slf4jLogConsumer(log).withPrefix("chanscope"))
                .waitingFor(new WaitAllStrategy()
                        .withStrategy(Wait.forHttp("/actuator/health/readiness")
                                .forPort(HTTP_PORT)
                                .forStatusCode(200))
                        // The image's own HEALTHCHECK must agree.
                        .withStrategy(Wait.forHealthcheck())
                        .withStartupTimeout(Duration.ofMinutes(3)))) {
            app.start();
            URI runs = URI.create("ws://" + app.getHost() + ":" + app.getMappedPort(HTTP_PORT) + "/ws/runs");

            String digest = streamUnbufferedHandoff(runs);
            assertThat(streamUnbufferedHandoff(runs))
                    .as("digest of a second run with the same inputs (runs are pure functions of their" + " inputs)")
                    .isEqualTo(digest);
        }
    }

    /**
     * Runs unbuffered-handoff with seed 1 over a fresh socket, checks the stream, and returns its
     * digest.
     */
    private static String streamUnbufferedHandoff(URI runs) {
        try (var ws = WsTestClient.connect(runs)) {
            ws.send(Map.of(
                    "type",
                    "start",
                    "v",
                    1,
                    "run",
                    Map.of(
                            "scenario",
                            "unbuffered-handoff",
                            "params",
                            Map.of(),
                            "seed",
                            1,
                            "gomaxprocs",
                            4,
                            "interventions",
                            List.of())));

            JsonNode meta = ws.awaitText("meta", RUN_TIMEOUT);
            JsonNode end = ws.awaitText("end", RUN_TIMEOUT);

            assertThat(meta.path("runId").asString("")).as("meta.runId").isNotBlank();
            assertThat(end.path("runId").asString(""))
                    .as("end.runId")
                    .isEqualTo(meta.path("runId").asString(""));
            assertThat(end.path("digest").asString("")).as("end.digest").matches("[0-9a-f]{64}");

            List<byte[]> batches = ws.binaries();
            assertThat(batches).as("binary event batches before end").isNotEmpty();
            long expectedSeq = 0;
            for (byte[] batch : batches) {
                EventBatchHeader header = EventBatchHeader.read(batch);
                assertThat(header.kind()).as("frame kind").isEqualTo(EventBatchHeader.EVENT_BATCH);
                assertThat(header.firstSeq())
                        .as("first seq of a batch (no gaps)")
                        .isEqualTo(expectedSeq);
                expectedSeq = header.nextSeq();
            }
            assertThat(expectedSeq)
                    .as("events in batches vs end.events")
                    .isEqualTo(end.path("events").asLong(-1));
            assertThat(expectedSeq).as("events of the run").isGreaterThan(5);
            return end.path("digest").asString();
        }
    }
}
