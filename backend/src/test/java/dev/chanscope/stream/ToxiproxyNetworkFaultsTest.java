package dev.chanscope.stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.rekawek.toxiproxy.Proxy;
import eu.rekawek.toxiproxy.ToxiproxyClient;
import eu.rekawek.toxiproxy.model.Toxic;
import eu.rekawek.toxiproxy.model.ToxicDirection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.Testcontainers;
import org.testcontainers.toxiproxy.ToxiproxyContainer;

/**
 * The same network faults injected by Toxiproxy in a container (latency, bandwidth, slicer, limit_data,
 * reset_peer), between the test's clients and the app on the host. Skipped when no Docker engine is
 * reachable; {@link RelayNetworkFaultsTest} covers the same faults in-process.
 */
class ToxiproxyNetworkFaultsTest extends NetworkFaultsContract {

    private static final String IMAGE = "ghcr.io/shopify/toxiproxy:2.12.0";
    private static final int PROXY_PORT = 8666;

    private static ToxiproxyContainer toxiproxy;
    private static Proxy proxy;

    // Per test rather than @BeforeAll: Surefire reports a test skipped in @BeforeEach, with this
    // reason, but shows a class aborted in @BeforeAll as "0 tests run".
    @BeforeEach
    void startToxiproxy() throws IOException {
        assumeTrue(
                DockerClientFactory.instance().isDockerAvailable(),
                "No Docker engine reachable: skipping the Toxiproxy fault tests (RelayNetworkFaultsTest covers"
                        + " the same faults in-process)");
        if (toxiproxy == null) {
            Testcontainers.exposeHostPorts(port);
            toxiproxy = new ToxiproxyContainer(IMAGE);
            toxiproxy.start();
            ToxiproxyClient client = new ToxiproxyClient(toxiproxy.getHost(), toxiproxy.getControlPort());
            proxy = client.createProxy("chanscope", "0.0.0.0:" + PROXY_PORT, "host.testcontainers.internal:" + port);
        }
        removeToxics();
    }

    @AfterAll
    static void stopToxiproxy() {
        if (toxiproxy != null) {
            toxiproxy.stop();
            toxiproxy = null;
        }
    }

    private static void removeToxics() throws IOException {
        if (proxy == null) {
            return; // skipped: Toxiproxy never started
        }
        for (Toxic t : proxy.toxics().getAll()) {
            t.remove();
        }
    }

    @Override
    NetworkFaults network() {
        return new NetworkFaults() {
            @Override
            public URI runsUri() {
                return URI.create(
                        "ws://" + toxiproxy.getHost() + ":" + toxiproxy.getMappedPort(PROXY_PORT) + "/ws/runs");
            }

            @Override
            public void latency(Duration perChunk) {
                io(() -> proxy.toxics().latency("latency", ToxicDirection.DOWNSTREAM, perChunk.toMillis()));
            }

            @Override
            public void slicer(int averageBytes) {
                io(() -> proxy.toxics()
                        .slicer("slicer", ToxicDirection.DOWNSTREAM, averageBytes, 10)
                        .setSizeVariation(averageBytes - 1));
            }

            @Override
            public void bandwidth(int kilobytesPerSecond) {
                io(() -> proxy.toxics().bandwidth("bandwidth", ToxicDirection.DOWNSTREAM, kilobytesPerSecond));
            }

            @Override
            public void cutAfterBytes(long bytes) {
                io(() -> proxy.toxics().limitData("limit", ToxicDirection.DOWNSTREAM, bytes));
            }

            @Override
            public void resetPeerAfter(Duration after) {
                io(() -> proxy.toxics().resetPeer("reset", ToxicDirection.DOWNSTREAM, after.toMillis()));
            }

            @Override
            public void clear() {
                io(() -> {
                    removeToxics();
                    return null;
                });
            }

            @Override
            public void close() {}
        };
    }

    private interface IoCall {
        Object call() throws IOException;
    }

    private static void io(IoCall call) {
        try {
            call.call();
        } catch (IOException e) {
            throw new UncheckedIOException("Toxiproxy control API: " + e.getMessage(), e);
        }
    }
}
