package dev.chanscope.snippet.web;

import dev.chanscope.room.ClientLimiter;
import dev.chanscope.snippet.SnippetId;
import dev.chanscope.snippet.Snippets;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/snippets} saves a program and answers its id and link; {@code GET
 * /api/snippets/{id}} answers the program. Ids are content-addressed, so a snippet never changes and
 * its answer may be cached for good. Every refusal is a problem document that says what was wrong
 * (the store's own refusals: {@link SnippetStoreErrors}).
 */
@RestController
class SnippetController {

    private final Snippets snippets;
    private final ClientLimiter creates;
    private final SnippetProperties limits;

    SnippetController(Snippets snippets, SnippetWiring wiring) {
        this.snippets = snippets;
        this.creates = wiring.creates();
        this.limits = wiring.properties();
    }

    @PostMapping(path = "/api/snippets", consumes = "application/json")
    ResponseEntity<Map<String, Object>> create(HttpServletRequest request) throws IOException {
        if (!creates.tryTake(request.getRemoteAddr())) {
            throw SnippetProblem.at(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "rate-limited",
                    "$",
                    "too many snippets saved from this address: at most " + limits.createsPerMinute()
                            + " a minute (bursts of " + limits.createBurst() + ")");
        }
        String source = SnippetBody.source(request.getInputStream());
        Snippets.Saved saved;
        try {
            saved = snippets.save(source);
        } catch (Snippets.Rejected e) {
            throw e.tooLarge()
                    ? SnippetProblem.at(HttpStatus.CONTENT_TOO_LARGE, "snippet-too-large", "source", e.getMessage())
                    : SnippetBody.invalid("source", e.getMessage());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", saved.id());
        m.put("link", SnippetPageController.PATH + saved.id());
        // 201 when this call stored it; 200 when the same text was saved before (same id, same answer).
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/snippets/" + saved.id()))
                .body(m);
    }

    @GetMapping("/api/snippets/{id}")
    ResponseEntity<Map<String, Object>> get(@PathVariable String id) {
        String source = lookup(snippets, id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("source", source);
        return ResponseEntity.ok()
                .cacheControl(
                        CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
                .eTag(id)
                .body(m);
    }

    /** The snippet's text, or the problem for an id that is malformed (400) or not saved (404). */
    static String lookup(Snippets snippets, String id) {
        if (!SnippetId.wellFormed(id)) {
            throw SnippetProblem.at(
                    HttpStatus.BAD_REQUEST,
                    "bad-snippet-id",
                    "id",
                    "\"" + clip(id) + "\" is not a snippet id: " + SnippetId.shape());
        }
        return snippets.store()
                .get(id)
                .orElseThrow(() -> SnippetProblem.at(
                        HttpStatus.NOT_FOUND,
                        "snippet-not-found",
                        "id",
                        "there is no snippet " + id + " on this server (the link may be mistyped or cut short)"));
    }

    @ExceptionHandler(SnippetProblem.class)
    ResponseEntity<ProblemDetail> problem(SnippetProblem e) {
        ResponseEntity.BodyBuilder b = ResponseEntity.status(e.status);
        if (e.status == HttpStatus.TOO_MANY_REQUESTS) {
            b.header("Retry-After", Long.toString(Math.ceilDiv(60, limits.createsPerMinute())));
        }
        return b.body(problem(e.status, e.code, e.getMessage(), e.errors));
    }

    static ProblemDetail problem(HttpStatus status, String code, String detail, List<Map<String, Object>> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title(code));
        p.setType(URI.create("https://chanscope.dev/problems/" + code));
        if (!errors.isEmpty()) {
            p.setProperty("errors", errors);
        }
        return p;
    }

    /** The titles other endpoints give the same problems, so a client sees one vocabulary. */
    private static String title(String code) {
        return switch (code) {
            case "malformed-json" -> "Malformed JSON";
            case "body-too-large" -> "Request body too large";
            case "missing-body" -> "Missing request body";
            default -> {
                String t = code.replace('-', ' ');
                yield Character.toUpperCase(t.charAt(0)) + t.substring(1);
            }
        };
    }

    static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
