package dev.chanscope.stream;

import dev.chanscope.scenario.PreparedRun;
import dev.chanscope.scenario.RunRequestParser;
import dev.chanscope.scenario.Scenario;
import dev.chanscope.scenario.ScenarioCatalog;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every library scenario a few times through the live stream's own path (parse, simulate,
 * encode, digest, {@code meta} and {@code end} as JSON) before the application reports itself ready,
 * so the first visitor does not pay for class loading and the interpreter. Nothing is sent and nothing
 * is counted: these runs bypass admission and metrics. Off with {@code chanscope.warmup.enabled=false}.
 */
@Component
final class Warmup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Warmup.class);

    /** Enough passes for the hot paths to reach the first compiler tier; more buys little at startup. */
    static final int ROUNDS = 3;

    private final ScenarioCatalog catalog;
    private final RunRequestParser parser;
    private final JsonMapper json;
    private final boolean enabled;

    Warmup(
            ScenarioCatalog catalog,
            RunRequestParser parser,
            JsonMapper json,
            @Value("${chanscope.warmup.enabled:true}") boolean enabled) {
        this.catalog = catalog;
        this.parser = parser;
        this.json = json;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        long started = System.nanoTime();
        long events = 0;
        int runs = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (Scenario scenario : catalog.all()) {
                events += simulate(parser.parse(Map.of("scenario", scenario.id(), "seed", round + 1), "run"));
                runs++;
            }
        }
        log.info(
                "warmed up with {} runs ({} events) in {} ms", runs, events, (System.nanoTime() - started) / 1_000_000);
    }

    /** One run streamed to nowhere, as {@link RunSocketHandler} would stream it; returns its events. */
    private long simulate(PreparedRun prepared) {
        long[] sent = {0};
        RunStream stream = new RunStream("warmup", prepared, 0, Long.MAX_VALUE / 4, new RunStream.Frames() {
            @Override
            public void batch(byte[] frame, int events) {
                sent[0] += events;
            }

            @Override
            public void end(RunStream s) {
                json.writeValueAsBytes(Messages.end(s));
            }

            @Override
            public void startPastEnd(RunStream s, long total) {
                throw new IllegalStateException("a warm-up run starts at 0 and cannot start past its end");
            }
        });
        json.writeValueAsBytes(Messages.meta(stream, Map.of(), Messages.OLDEST_PROTOCOL_VERSION, true));
        stream.pump();
        return sent[0];
    }
}
