package dev.chanscope.warmup;

import dev.chanscope.run.RunRequestParser;
import dev.chanscope.scenario.Scenario;
import dev.chanscope.scenario.ScenarioCatalog;
import dev.chanscope.stream.Peer;
import dev.chanscope.stream.RunProtocol;
import dev.chanscope.stream.admission.RunAdmission;
import dev.chanscope.system.ChanscopeProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Before the application reports itself ready, so the first visitor does not pay for class loading
 * and the interpreter: streams {@code chanscope.warmup.socket-runs} runs to the server over its own
 * loopback sockets ({@link SocketWarmup}), which compiles the whole start path. Where that cannot run
 * (no web server, TLS only, {@code socket-runs: 0}) or stops early, it runs every library scenario a
 * few times through the run protocol in process instead ({@link RunProtocol} with a {@link Peer} that
 * only writes the JSON: parse, simulate, encode, digest, {@code meta} and {@code end}). Neither is
 * counted in the metrics. Off with {@code chanscope.warmup.enabled=false}.
 *
 * <p>None of this is on the request path: the server only tells the warm-up's sessions apart by the
 * key they present ({@link RunAdmission#isWarmup}).
 */
@Component
public final class Warmup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Warmup.class);

    /** A quarter of the socket warm-up's runs are of the Go program: the interpreter's share. */
    static final int SCENARIOS_PER_PROGRAM = 3;

    /** The Go program the warm-up runs beside the scenarios (src/main/resources/…/warmup/warmup.go). */
    static final String PROGRAM = readProgram();

    /** Enough passes for the hot paths to reach the first compiler tier; more buys little at startup. */
    static final int ROUNDS = 3;

    private final ScenarioCatalog catalog;
    private final RunRequestParser parser;
    private final JsonMapper json;
    /** The socket warm-up gives up after this long, so a slow machine still becomes ready. */
    static final Duration SOCKET_DEADLINE = Duration.ofSeconds(30);

    private final boolean enabled;
    private final int socketRuns;
    private final RunAdmission admission;
    private final ChanscopeProperties properties;
    private final ApplicationContext context;
    private final Environment env;
    private volatile SocketWarmup.Outcome socketOutcome;
    private volatile int inProcessRuns;

    Warmup(
            ScenarioCatalog catalog,
            RunRequestParser parser,
            JsonMapper json,
            RunAdmission admission,
            ChanscopeProperties properties,
            ApplicationContext context,
            Environment env,
            @Value("${chanscope.warmup.enabled:true}") boolean enabled,
            @Value("${chanscope.warmup.socket-runs:2000}") int socketRuns) {
        this.catalog = catalog;
        this.parser = parser;
        this.json = json;
        this.admission = admission;
        this.properties = properties;
        this.context = context;
        this.env = env;
        this.enabled = enabled;
        this.socketRuns = socketRuns;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        URI uri = socketUri();
        if (socketRuns > 0 && uri != null && "done".equals(warmSocketPath(uri).stoppedBy())) {
            return;
        }
        // No socket warm-up (no web server, TLS only, turned off) or it stopped early: the stream path
        // in process at least
        long started = System.nanoTime();
        long events = 0;
        int runs = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (Scenario scenario : catalog.all()) {
                long n = simulate(scenario.id(), round + 1);
                if (n < 0) {
                    log.warn("in-process warm-up stopped after {} runs: the server admitted no more", runs);
                    return;
                }
                events += n;
                runs++;
                inProcessRuns = runs;
            }
        }
        log.info(
                "warmed up in process with {} runs ({} events) in {} ms",
                runs,
                events,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Every scenario, and after every {@link #SCENARIOS_PER_PROGRAM} of them the warm-up program
     * ({@code warmup.go}), so a link that carries code meets a warm Go front end and interpreter too.
     */
    List<Map<String, Object>> socketRuns() {
        List<Map<String, Object>> runs = new ArrayList<>();
        for (Scenario scenario : catalog.all()) {
            runs.add(Map.of("scenario", scenario.id()));
            if (runs.size() % (SCENARIOS_PER_PROGRAM + 1) == SCENARIOS_PER_PROGRAM) {
                runs.add(Map.of("source", PROGRAM));
            }
        }
        return runs;
    }

    private SocketWarmup.Outcome warmSocketPath(URI uri) {
        long started = System.nanoTime();
        SocketWarmup.Outcome o = new SocketWarmup(uri, admission.warmupKey(), socketRuns(), json)
                .run(socketRuns, properties.runs().maxConcurrent(), SOCKET_DEADLINE);
        socketOutcome = o;
        long ms = (System.nanoTime() - started) / 1_000_000;
        if ("done".equals(o.stoppedBy())) {
            log.info(
                    "warmed up the socket path with {} runs over {} connections in {} ms",
                    o.runs(),
                    o.connections(),
                    ms);
        } else {
            log.warn(
                    "socket warm-up stopped after {} of {} runs in {} ms ({}); the first starts may be slow",
                    o.runs(),
                    socketRuns,
                    ms,
                    o.stoppedBy());
        }
        return o;
    }

    /** Runs the in-process warm-up streamed to their end at startup; 0 if it did not run. */
    public int inProcessRuns() {
        return inProcessRuns;
    }

    /** What the socket warm-up did at startup; null if it did not run. */
    public SocketWarmup.Outcome socketOutcome() {
        return socketOutcome;
    }

    /**
     * {@code /ws/runs} on this server's own port: the bound address, or loopback when it listens on
     * every address; null where there is no web server or it speaks TLS only.
     */
    public URI socketUri() {
        if (!(context instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return null;
        }
        int port = web.getWebServer().getPort();
        if (port <= 0 || env.getProperty("server.ssl.enabled", Boolean.class, false)) {
            return null;
        }
        String host = InetAddress.getLoopbackAddress().getHostAddress();
        String address = env.getProperty("server.address");
        if (address != null && !address.isBlank()) {
            try {
                InetAddress bound = InetAddress.getByName(address);
                if (!bound.isAnyLocalAddress()) {
                    host = bound.getHostAddress();
                }
            } catch (UnknownHostException e) {
                return null;
            }
        }
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        String base = env.getProperty("server.servlet.context-path", "");
        return URI.create("ws://" + host + ":" + port + base + "/ws/runs");
    }

    /**
     * One run streamed to nowhere through the run protocol, as a socket would stream it; returns its
     * events, or -1 when it was refused a slot.
     */
    private long simulate(String scenario, long seed) {
        long[] events = {0};
        Peer nowhere = new Peer() {
            @Override
            public void send(Map<String, Object> message) {
                json.writeValueAsBytes(message);
                if (message.get("events") instanceof Long n && "end".equals(message.get("type"))) {
                    events[0] = n;
                }
            }

            @Override
            public void sendFrame(byte[] frame) {}

            @Override
            public void close(Close how) {
                events[0] = -1; // refused a slot (the server is full or stopping)
            }
        };
        RunProtocol protocol = new RunProtocol(nowhere, json, parser, admission.account(false), false);
        try {
            protocol.onText("{\"type\":\"start\",\"credit\":1000000,\"run\":{\"scenario\":\"" + scenario
                    + "\",\"seed\":" + seed + "}}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            protocol.closed("warm-up run done");
        }
        return events[0];
    }

    private static String readProgram() {
        try (InputStream in = Warmup.class.getResourceAsStream("warmup.go")) {
            if (in == null) {
                throw new IllegalStateException("warmup.go is missing beside " + Warmup.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
