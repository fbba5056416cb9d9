package dev.chanscope.stream.rest;

import dev.chanscope.link.LinkCodec;
import dev.chanscope.link.LinkProblem;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.scenario.ScenarioCatalog;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/links/resolve?<share link query>}: what a share link stands for, read by the same
 * rules as the browser — the run request (defaults filled in, ready for {@code POST /api/runs} or a
 * socket {@code start}), the playhead, the link written canonically, and every problem that had to be
 * fixed to get there — also the parameters of a link whose scenario is unknown, which the page passes
 * over in silence. A link always resolves; its problems are answers, not errors.
 */
@RestController
class LinkController {

    private final LinkCodec codec;
    private final RunRequestParser parser;

    LinkController(ScenarioCatalog catalog, RunRequestParser parser) {
        this.codec = new LinkCodec(catalog, LinkCodec.FALLBACK_SCENARIO);
        this.parser = parser;
    }

    @GetMapping("/api/links/resolve")
    Map<String, Object> resolve(HttpServletRequest request) {
        String query = request.getQueryString();
        LinkCodec.Decoded d = codec.decode(query == null ? "" : query);
        Map<String, Object> m = new LinkedHashMap<>();
        // Everything a link can hold is within a run request's bounds, so this parse cannot fail.
        m.put("run", parser.parse(d.link().runRequest(), "").normalized());
        m.put("playhead", d.link().t());
        m.put("link", codec.encode(d.link()));
        m.put("state", d.link().asMap());
        m.put("problems", d.problems().stream().map(LinkController::problem).toList());
        return m;
    }

    private static Map<String, String> problem(LinkProblem p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("param", p.param());
        m.put("message", p.message());
        return m;
    }
}
