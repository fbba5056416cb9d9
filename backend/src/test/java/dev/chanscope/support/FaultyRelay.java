package dev.chanscope.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP relay that can misbehave like a bad network, for fault tests without Docker (the same
 * faults Toxiproxy injects): it forwards each accepted connection to {@code 127.0.0.1:targetPort} and,
 * on the server-to-client ("downstream") direction, can delay each chunk, cut the stream into small
 * slices, throttle it to a byte rate, or reset the connection (TCP RST to both ends) after a number of
 * bytes or a time. Faults apply to connections opened after they are set. The relay's own waits are the
 * injected faults (delays and throttling), never synchronisation.
 */
public final class FaultyRelay implements AutoCloseable {

    /** The faults a new connection gets; immutable, replaced as a whole. */
    public record Faults(
            long latencyMillis, int sliceBytes, long bytesPerSecond, long resetAfterBytes, long resetAfterMillis) {
        public static final Faults NONE = new Faults(0, 0, 0, -1, -1);
    }

    private final int targetPort;
    private final ServerSocket server;
    private final Thread acceptor;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong resets = new AtomicLong();
    private final SplittableRandom random = new SplittableRandom(7);
    private volatile Faults faults = Faults.NONE;
    private volatile boolean closed;

    private FaultyRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        this.acceptor = Thread.ofPlatform().daemon().name("relay-accept").start(this::acceptLoop);
    }

    /** Starts a relay on a free loopback port in front of {@code 127.0.0.1:targetPort}. */
    public static FaultyRelay to(int targetPort) throws IOException {
        return new FaultyRelay(targetPort);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Sets the faults for connections opened from now on. */
    public void set(Faults faults) {
        this.faults = faults;
    }

    /** Connections accepted so far. */
    public long connections() {
        return connections.get();
    }

    /** Connections the relay reset so far. */
    public long resets() {
        return resets.get();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                connections.incrementAndGet();
                Socket upstream = new Socket();
                upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5_000);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                open.add(client);
                open.add(upstream);
                Faults f = faults;
                Link link = new Link(client, upstream, f, random.split());
                Thread.ofVirtual().start(() -> link.pump(client, upstream, false));
                Thread.ofVirtual().start(() -> link.pump(upstream, client, true));
                if (f.resetAfterMillis() >= 0) {
                    Thread.ofVirtual().start(() -> link.resetLater(f.resetAfterMillis()));
                }
            } catch (IOException e) {
                if (!closed) {
                    // a failed accept or upstream connect affects that one connection only
                    continue;
                }
            }
        }
    }

    /** One relayed connection. */
    private final class Link {
        private final Socket client;
        private final Socket upstream;
        private final Faults faults;
        private final SplittableRandom random;
        private volatile boolean done;

        Link(Socket client, Socket upstream, Faults faults, SplittableRandom random) {
            this.client = client;
            this.upstream = upstream;
            this.faults = faults;
            this.random = random;
        }

        void pump(Socket from, Socket to, boolean downstream) {
            byte[] buf = new byte[16 * 1024];
            long total = 0;
            long started = System.nanoTime();
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    if (!downstream) {
                        out.write(buf, 0, n);
                        out.flush();
                        continue;
                    }
                    if (faults.latencyMillis() > 0) {
                        Thread.sleep(faults.latencyMillis()); // the injected latency
                    }
                    int off = 0;
                    while (off < n) {
                        int len = n - off;
                        if (faults.sliceBytes() > 0) {
                            len = Math.min(len, 1 + random.nextInt(faults.sliceBytes()));
                        }
                        if (faults.resetAfterBytes() >= 0 && total + len >= faults.resetAfterBytes()) {
                            int head = (int) (faults.resetAfterBytes() - total);
                            out.write(buf, off, head);
                            out.flush();
                            reset();
                            return;
                        }
                        out.write(buf, off, len);
                        out.flush();
                        off += len;
                        total += len;
                        if (faults.bytesPerSecond() > 0) {
                            long due = started + total * 1_000_000_000L / faults.bytesPerSecond();
                            long ahead = due - System.nanoTime();
                            if (ahead > 0) {
                                Thread.sleep(ahead / 1_000_000, (int) (ahead % 1_000_000)); // the throttle
                            }
                        }
                    }
                }
            } catch (IOException | InterruptedException e) {
                // the other side went away, or the relay reset the link
            } finally {
                closeBoth();
            }
        }

        void resetLater(long millis) {
            try {
                Thread.sleep(millis); // the injected fault's timing
                reset();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** TCP RST to both ends: SO_LINGER 0, then close. */
        void reset() {
            if (done) {
                return;
            }
            resets.incrementAndGet();
            for (Socket s : new Socket[] {client, upstream}) {
                try {
                    s.setSoLinger(true, 0);
                } catch (SocketException e) {
                    // already closed
                }
            }
            closeBoth();
        }

        void closeBoth() {
            done = true;
            for (Socket s : new Socket[] {client, upstream}) {
                open.remove(s);
                try {
                    s.close();
                } catch (IOException e) {
                    // closing anyway
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        for (Socket s : open) {
            s.close();
        }
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
