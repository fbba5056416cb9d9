package dev.chanscope.stream;

import dev.chanscope.support.FaultyRelay;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The network faults through an in-process loopback relay: runs everywhere, no Docker needed. */
class RelayNetworkFaultsTest extends NetworkFaultsContract {

    private FaultyRelay relay;
    private FaultyRelay.Faults faults = FaultyRelay.Faults.NONE;

    @BeforeEach
    void startRelay() throws IOException {
        relay = FaultyRelay.to(port);
    }

    @AfterEach
    void stopRelay() throws IOException {
        relay.close();
    }

    @Override
    NetworkFaults network() {
        return new NetworkFaults() {
            @Override
            public URI runsUri() {
                return URI.create("ws://127.0.0.1:" + relay.port() + "/ws/runs");
            }

            @Override
            public void latency(Duration perChunk) {
                update(new FaultyRelay.Faults(
                        perChunk.toMillis(),
                        faults.sliceBytes(),
                        faults.bytesPerSecond(),
                        faults.resetAfterBytes(),
                        faults.resetAfterMillis()));
            }

            @Override
            public void slicer(int averageBytes) {
                update(new FaultyRelay.Faults(
                        faults.latencyMillis(),
                        2 * averageBytes,
                        faults.bytesPerSecond(),
                        faults.resetAfterBytes(),
                        faults.resetAfterMillis()));
            }

            @Override
            public void bandwidth(int kilobytesPerSecond) {
                update(new FaultyRelay.Faults(
                        faults.latencyMillis(),
                        faults.sliceBytes(),
                        kilobytesPerSecond * 1024L,
                        faults.resetAfterBytes(),
                        faults.resetAfterMillis()));
            }

            @Override
            public void cutAfterBytes(long bytes) {
                update(new FaultyRelay.Faults(
                        faults.latencyMillis(),
                        faults.sliceBytes(),
                        faults.bytesPerSecond(),
                        bytes,
                        faults.resetAfterMillis()));
            }

            @Override
            public void resetPeerAfter(Duration after) {
                update(new FaultyRelay.Faults(
                        faults.latencyMillis(),
                        faults.sliceBytes(),
                        faults.bytesPerSecond(),
                        faults.resetAfterBytes(),
                        after.toMillis()));
            }

            @Override
            public void clear() {
                update(FaultyRelay.Faults.NONE);
            }

            @Override
            public void close() {}
        };
    }

    private void update(FaultyRelay.Faults next) {
        faults = next;
        relay.set(next);
    }
}
