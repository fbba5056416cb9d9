package dev.chanscope.stream.rest;

import dev.chanscope.engine.Engine;
import dev.chanscope.engine.RunConfig;
import dev.chanscope.engine.RunResult;
import dev.chanscope.engine.event.Event;
import dev.chanscope.playground.PlaygroundOutput;
import dev.chanscope.run.PreparedRun;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.stream.Messages;
import dev.chanscope.stream.admission.RunAdmission;
import dev.chanscope.system.ChanscopeProperties;
import dev.chanscope.system.JsonBody;
import dev.chanscope.wire.StreamDigest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/runs}: the whole run as JSON (events, diagnostics, digest, stats), or with
 * {@code ?format=chrome-trace} as a Chrome Trace Event file. The digest is the same as the live
 * stream's for the same request. Runs here are capped at a smaller event budget than live streams,
 * since the answer is held in memory; a run reaching it ends with a {@code limit} diagnostic.
 */
@RestController
class RunController {

    private final JsonBody body;
    private final RunRequestParser parser;
    private final RunAdmission admission;
    private final long maxEvents;

    RunController(JsonBody body, RunRequestParser parser, RunAdmission admission, ChanscopeProperties properties) {
        this.body = body;
        this.parser = parser;
        this.admission = admission;
        this.maxEvents = properties.rest().maxEvents();
    }

    @PostMapping(
            path = "/api/runs",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> run(HttpServletRequest http, @RequestParam(defaultValue = "json") String format)
            throws IOException {
        if (!format.equals("json") && !format.equals("chrome-trace")) {
            throw dev.chanscope.run.InvalidRequestException.of(
                    "format", "must be json or chrome-trace, got \"" + clip(format) + "\"");
        }
        PreparedRun prepared = parser.parse(body.read(http.getInputStream()), "");
        if (!admission.tryAdmit()) {
            throw new AtCapacity();
        }
        try {
            return compute(prepared, format);
        } finally {
            admission.release();
        }
    }

    private Map<String, Object> compute(PreparedRun prepared, String format) {
        RunConfig config = prepared.config();
        // A Go program runs to its end so its output and exit status are whole; only the list of
        // events it answers with is capped. A scenario run stops at the cap, as it always has.
        boolean program = prepared.source().origin().containsKey("source");
        if (!program) {
            config = config.withLimits(config.limits()
                    .withMaxEvents(Math.min(maxEvents, config.limits().maxEvents())));
        }
        List<Event> events = new ArrayList<>();
        StreamDigest digest = new StreamDigest();
        PlaygroundOutput output = new PlaygroundOutput();
        RunResult result = Engine.run(prepared.program(), config, e -> {
            if (events.size() < maxEvents) {
                events.add(e);
            }
            digest.accept(e);
            output.accept(e);
        });
        if (format.equals("chrome-trace")) {
            return ChromeTrace.of(events, prepared.source().title() + " (seed " + config.seed() + ")");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", prepared.normalized());
        m.put("digest", digest.hex());
        m.put("outcome", result.outcome().wireName());
        m.put("exitCode", result.exitCode());
        m.put("stdout", output.stdout());
        m.put("stderr", output.stderr());
        m.put("diagnostics", Messages.diagnostics(result.findings()));
        m.put("stats", stats(result, digest));
        m.put("eventsTruncated", result.events() > events.size());
        m.put("events", events.stream().map(EventJson::of).toList());
        return m;
    }

    /** Every run slot is taken: 503 with Retry-After, as a problem document. */
    static final class AtCapacity extends ErrorResponseException {
        AtCapacity() {
            super(HttpStatus.SERVICE_UNAVAILABLE, problem(), null);
            getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        }

        private static ProblemDetail problem() {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "the server is running as many simulations as it may; try again in a few seconds");
            p.setTitle("At capacity");
            return p;
        }
    }

    private static Map<String, Object> stats(RunResult r, StreamDigest digest) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("events", r.events());
        s.put("endTime", r.endTime());
        s.put("goroutines", r.goroutinesStarted());
        s.put("maxLiveGoroutines", r.maxLiveGoroutines());
        s.put("steps", r.steps());
        s.put("randomDraws", r.randomDraws());
        s.put("encodedBytes", digest.bytes());
        return s;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
