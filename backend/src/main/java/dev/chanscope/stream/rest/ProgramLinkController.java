package dev.chanscope.stream.rest;

import dev.chanscope.link.LinkCodec;
import dev.chanscope.link.LinkProblem;
import dev.chanscope.link.ProgramLink;
import dev.chanscope.link.ProgramLinkCodec;
import dev.chanscope.link.ShareLink;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.scenario.ScenarioCatalog;
import dev.chanscope.snippet.Snippets;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/links/resolve} for a link that carries a program ({@code code} or {@code p}; the
 * mappings below are more specific than {@link LinkController}'s, so they win for such links): the
 * program's text (a snippet looked up), its {@code goVersion} and the run's settings as the run
 * request the Go-source resolver takes ({@code source} in place of {@code scenario} and {@code
 * params}), the playhead, the link written canonically, the decoded state and every problem. A
 * program that cannot be read, or a snippet that does not exist, gives the fallback scenario's run,
 * as the page shows it. A store that cannot answer is a 503, never a silent fallback.
 */
@RestController
class ProgramLinkController {

    private final ProgramLinkCodec codec = new ProgramLinkCodec(LinkCodec.FALLBACK_SCENARIO);
    private final LinkCodec scenarioCodec;
    private final RunRequestParser parser;
    private final Snippets snippets;

    ProgramLinkController(ScenarioCatalog catalog, RunRequestParser parser, Snippets snippets) {
        this.scenarioCodec = new LinkCodec(catalog, LinkCodec.FALLBACK_SCENARIO);
        this.parser = parser;
        this.snippets = snippets;
    }

    @GetMapping(path = "/api/links/resolve", params = "code")
    Map<String, Object> withCode(HttpServletRequest request) {
        return resolve(request);
    }

    @GetMapping(path = "/api/links/resolve", params = "p")
    Map<String, Object> withSnippet(HttpServletRequest request) {
        return resolve(request);
    }

    /** Both: the one mapping more specific than either of the two above. */
    @GetMapping(
            path = "/api/links/resolve",
            params = {"code", "p"})
    Map<String, Object> withBoth(HttpServletRequest request) {
        return resolve(request);
    }

    private Map<String, Object> resolve(HttpServletRequest request) {
        String query = request.getQueryString();
        ProgramLinkCodec.Decoded d = codec.lookUp(codec.decode(query == null ? "" : query), snippets::find);
        Map<String, Object> m = new LinkedHashMap<>();
        ProgramLink program = d.program();
        if (program != null) {
            m.put("run", program.runRequest());
            m.put("playhead", program.t());
            m.put("link", codec.encode(program));
            m.put("state", program.asMap());
        } else {
            ShareLink fallback = d.fallback();
            // Everything a link can hold is within a run request's bounds, so this parse cannot fail.
            m.put("run", parser.parse(fallback.runRequest(), "").normalized());
            m.put("playhead", fallback.t());
            m.put("link", scenarioCodec.encode(fallback));
            m.put("state", fallback.asMap());
        }
        m.put(
                "problems",
                d.problems().stream().map(ProgramLinkController::problem).toList());
        return m;
    }

    private static Map<String, String> problem(LinkProblem p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("param", p.param());
        m.put("message", p.message());
        return m;
    }
}
