package dev.chanscope.system;

import dev.chanscope.engine.RunLimits;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Every bound of the service, set in application.yml under {@code chanscope} (defaults are safe for a
 * small public instance). Reaching a bound ends that one thing with a message naming it.
 */
@ConfigurationProperties("chanscope")
public record ChanscopeProperties(Runs runs, Rest rest, Websocket websocket, Http http) {

    public ChanscopeProperties {
        runs = runs == null ? new Runs(0, 0, 0, 0, null, null) : runs;
        rest = rest == null ? new Rest(0) : rest;
        websocket = websocket == null ? new Websocket(null, 0, 0, null, null, null, null, 0, null, null) : websocket;
        http = http == null ? new Http(null) : http;
    }

    /** Per-run engine limits and the server-wide number of runs in progress. */
    public record Runs(
            int maxConcurrent,
            int maxGoroutines,
            long maxEvents,
            long maxSteps,
            Duration maxVirtualTime,
            Duration maxWallTime) {

        public Runs {
            maxConcurrent = maxConcurrent > 0 ? maxConcurrent : 256;
            maxGoroutines = maxGoroutines > 0 ? maxGoroutines : RunLimits.DEFAULT.maxGoroutines();
            maxEvents = maxEvents > 0 ? maxEvents : RunLimits.DEFAULT.maxEvents();
            maxSteps = maxSteps > 0 ? maxSteps : RunLimits.DEFAULT.maxSteps();
            maxVirtualTime =
                    maxVirtualTime != null ? maxVirtualTime : Duration.ofNanos(RunLimits.DEFAULT.maxVirtualNanos());
            maxWallTime = maxWallTime != null ? maxWallTime : Duration.ofNanos(RunLimits.DEFAULT.maxWallNanos());
        }

        public RunLimits limits() {
            return new RunLimits(maxGoroutines, maxEvents, maxSteps, maxVirtualTime.toNanos(), maxWallTime.toNanos());
        }
    }

    /** {@code POST /api/runs} holds a whole run in memory, so it has a smaller event budget. */
    public record Rest(long maxEvents) {
        public Rest {
            maxEvents = maxEvents > 0 ? maxEvents : 200_000;
        }
    }

    /**
     * @param maxMessageSize an inbound text message (larger closes the socket with 1009); by default the
     *     JSON document bound, so a {@code start} can carry the largest program
     * @param allowedOrigins origins allowed to open the socket besides the page's own (empty: same origin
     *     only)
     * @param maxMessagesPerSecond sustained inbound control messages per connection
     * @param burst inbound messages a connection may send at once before the rate applies
     * @param maxSessions open {@code /ws/runs} sockets server-wide; one more is closed with 1013
     * @param idleWithoutRun how long a socket may stay open holding no run before it is closed (1000)
     * @param stallTimeout how long a socket's outbound queue may stay full with no write completing
     *     before the client counts as not reading: its run and slot are released and the socket closed
     */
    public record Websocket(
            DataSize maxMessageSize,
            int maxMessagesPerSecond,
            int burst,
            Duration idleTimeout,
            DataSize maxBufferedBytes,
            Duration sendTimeLimit,
            List<String> allowedOrigins,
            int maxSessions,
            Duration idleWithoutRun,
            Duration stallTimeout) {

        public Websocket {
            maxMessageSize = maxMessageSize != null ? maxMessageSize : DataSize.ofBytes(JsonLimits.MAX_DOCUMENT_BYTES);
            maxMessagesPerSecond = maxMessagesPerSecond > 0 ? maxMessagesPerSecond : 50;
            burst = burst > 0 ? burst : 100;
            idleTimeout = idleTimeout != null ? idleTimeout : Duration.ofMinutes(2);
            maxBufferedBytes = maxBufferedBytes != null ? maxBufferedBytes : DataSize.ofMegabytes(4);
            sendTimeLimit = sendTimeLimit != null ? sendTimeLimit : Duration.ofSeconds(10);
            allowedOrigins = allowedOrigins != null ? List.copyOf(allowedOrigins) : List.of();
            maxSessions = maxSessions > 0 ? maxSessions : 2048;
            idleWithoutRun = idleWithoutRun != null ? idleWithoutRun : Duration.ofSeconds(60);
            stallTimeout = stallTimeout != null ? stallTimeout : Duration.ofMillis(150);
        }
    }

    /** @param frameAncestors who may embed the pages in a frame (CSP frame-ancestors), e.g. "'self' https://course.example" */
    public record Http(String frameAncestors) {
        public Http {
            frameAncestors = frameAncestors != null && !frameAncestors.isBlank() ? frameAncestors : "'self'";
        }
    }
}
