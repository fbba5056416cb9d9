package dev.chanscope.stream.socket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.support.WsTestClient;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The session bounds of {@code /ws/runs} over real sockets, the app on a random port: with {@code
 * max-sessions} open the next socket is closed with 1013 and its reason, and a socket is admitted
 * again once one has closed; a socket holding no run is closed with 1000 after {@code
 * idle-without-run} and not a nanosecond before. The sessions' clock is one the test moves, and the
 * test ticks the sessions itself ({@link RunSocketHandler#tick}), so nothing waits for time to pass.
 * ({@link SessionBoundsTest} checks the same rules on the handler alone, with a run in progress too.)
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "chanscope.websocket.max-sessions=2",
            "chanscope.websocket.idle-without-run=60s",
            // The clock jumps a minute while a pong's write may still be in flight (the client can
            // read it before the container reports it done): with the usual 10 s that write would
            // count as stuck and the socket be closed as not reading (1008). An hour it never is here.
            "chanscope.websocket.send-time-limit=1h",
            "chanscope.warmup.enabled=false"
        })
class SessionBoundsSocketTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    /** A clock that moves only when the test moves it. */
    static final class MovedClock implements SocketClock {
        private final AtomicLong now = new AtomicLong(1_000 * SECOND);

        @Override
        public long nanoTime() {
            return now.get();
        }

        long advance(long nanos) {
            return now.addAndGet(nanos);
        }
    }

    @TestConfiguration
    static class Clock {
        @Bean
        @Primary
        MovedClock movedClock() {
            return new MovedClock();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    RunSocketHandler handler;

    @Autowired
    MovedClock clock;

    private WsTestClient connect() {
        return WsTestClient.connect(URI.create("ws://127.0.0.1:" + port + "/ws/runs"), WAIT);
    }

    /** Sends a ping and waits for its pong: the server has this socket and has read the message. */
    private static void ping(WsTestClient ws) {
        long before = pongs(ws);
        ws.send(Map.of("type", "ping"));
        ws.await(
                "pong number " + (before + 1), WAIT, frames -> Optional.of(true).filter(x -> pongs(ws) > before));
    }

    private static long pongs(WsTestClient ws) {
        return ws.texts().stream()
                .filter(t -> t.path("type").asString("").equals("pong"))
                .count();
    }

    /**
     * Waits (bounded) until the server counts {@code n} open sessions: a client hears the answer to its
     * close frame just before the server's handler is told of the close.
     */
    private void awaitOpenSessions(int n) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (handler.openSessions() != n) {
            assertThat(System.nanoTime())
                    .as("sessions open: %d, waiting for %d", handler.openSessions(), n)
                    .isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    @AfterEach
    void everySessionClosed() {
        awaitOpenSessions(0);
    }

    @Test
    void withTheCapOpenTheNextSocketIsToldTryAgainLaterAndOneIsAdmittedOnceASocketCloses() {
        try (WsTestClient a = connect();
                WsTestClient b = connect()) {
            ping(a);
            ping(b);
            assertThat(handler.openSessions()).isEqualTo(2);

            try (WsTestClient c = connect()) {
                WsTestClient.Closure refused = c.awaitClose(WAIT);
                assertThat(refused.statusCode()).isEqualTo(1013);
                assertThat(refused.reason()).isEqualTo("too many open sessions, try again later");
                assertThat(c.frames()).as("refused before any message").isEmpty();
            }
            assertThat(handler.openSessions())
                    .as("a refused socket takes no place")
                    .isEqualTo(2);

            a.close();
            awaitOpenSessions(1);
            try (WsTestClient d = connect()) {
                ping(d);
                assertThat(d.closure())
                        .as("admitted in the place a close freed")
                        .isEmpty();
                assertThat(handler.openSessions()).isEqualTo(2);
            }
        }
    }

    @Test
    void aSocketWithoutARunIsClosedWith1000OnceIdleForTheBoundAndNotBefore() {
        try (WsTestClient s = connect()) {
            ping(s); // its last message, at t

            clock.advance(60 * SECOND - 1);
            handler.tick(clock.nanoTime());
            ping(s); // answered: still open 1 ns short of the bound; its last message is now this one

            clock.advance(60 * SECOND);
            handler.tick(clock.nanoTime());
            WsTestClient.Closure idle = s.awaitClose(WAIT);
            assertThat(idle.statusCode()).isEqualTo(1000);
            assertThat(idle.reason()).isEqualTo("idle: no run for 60 s");
        }
    }
}
