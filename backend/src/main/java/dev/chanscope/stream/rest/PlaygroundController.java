package dev.chanscope.stream.rest;

import dev.chanscope.engine.Engine;
import dev.chanscope.engine.RunResult;
import dev.chanscope.lang.GoCompiler;
import dev.chanscope.lang.syntax.GoFormatter;
import dev.chanscope.lang.syntax.SourceError;
import dev.chanscope.playground.PlaygroundOutput;
import dev.chanscope.run.FieldError;
import dev.chanscope.run.InvalidRequestException;
import dev.chanscope.run.PreparedRun;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.stream.admission.RunAdmission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Go playground's own endpoints, so its clients and habits work here: {@code POST /compile}
 * (form fields {@code body}, {@code version=2}) compiles and runs a program on the deterministic
 * engine (seed 1, GOMAXPROCS 4, Go 1.22's loop variables) and answers {@code {Errors, Events:
 * [{Message, Kind, Delay}], Status, IsTest, TestsFailed}}; {@code POST /fmt} (form field {@code
 * body}) answers {@code {Body, Error}} with gofmt's output. Compile errors are in {@code Errors} as
 * {@code go build} prints them, not an HTTP error, as the playground does.
 */
@RestController
class PlaygroundController {

    private final RunRequestParser parser;
    private final RunAdmission admission;

    PlaygroundController(RunRequestParser parser, RunAdmission admission) {
        this.parser = parser;
        this.admission = admission;
    }

    @PostMapping(
            path = "/compile",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> compile(@RequestParam(defaultValue = "") String body) {
        PreparedRun prepared;
        try {
            prepared = parser.parse(Map.of("source", body), "");
        } catch (InvalidRequestException e) {
            return answer(errorText(e.errors()), null, 1);
        }
        if (!admission.tryAdmit()) {
            throw new RunController.AtCapacity();
        }
        try {
            PlaygroundOutput output = new PlaygroundOutput();
            RunResult r = Engine.run(prepared.program(), prepared.config(), output);
            return answer("", output.playgroundEvents(), r.exitCode());
        } finally {
            admission.release();
        }
    }

    @PostMapping(
            path = "/fmt",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> fmt(@RequestParam(defaultValue = "") String body) {
        Map<String, Object> m = new LinkedHashMap<>();
        String tooLarge = GoCompiler.sizeProblem(body);
        if (tooLarge != null) {
            m.put("Body", "");
            m.put("Error", "prog.go: " + tooLarge + "\n");
            return m;
        }
        GoFormatter.Result r = GoFormatter.format(body);
        m.put("Body", r.ok() ? r.text() : "");
        m.put("Error", r.ok() ? "" : sourceErrorText(r.errors()));
        return m;
    }

    private static Map<String, Object> answer(String errors, List<Map<String, Object>> events, int status) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Errors", errors);
        m.put("Events", events);
        m.put("Status", status);
        m.put("IsTest", false);
        m.put("TestsFailed", 0);
        return m;
    }

    /** The compile errors one per line, as {@code go build} prints them ({@code prog.go:5:2: …}). */
    private static String errorText(List<FieldError> errors) {
        StringBuilder b = new StringBuilder();
        for (FieldError e : errors) {
            b.append("prog.go:");
            if (e.line() > 0) {
                b.append(e.line()).append(':').append(e.column()).append(':');
            }
            b.append(' ').append(e.message()).append('\n');
        }
        return b.toString();
    }

    private static String sourceErrorText(List<SourceError> errors) {
        StringBuilder b = new StringBuilder();
        for (SourceError e : errors) {
            b.append(e).append('\n');
        }
        return b.toString();
    }
}
