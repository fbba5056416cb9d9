package dev.chanscope.snippet.web;

import dev.chanscope.snippet.SnippetDamaged;
import dev.chanscope.snippet.SnippetStoreUnavailable;
import dev.chanscope.snippet.Snippets;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /p/{id}}, the address a snippet's link gives: the playground page, which reads the id from
 * its address and loads the program ({@code /p/{id}?rest} is the share link {@code ?p={id}&rest}). An
 * id that is malformed (400) or not saved (404), or a store that cannot answer (503), gets a page
 * that says so — or a problem document, for a client that does not ask for HTML — never a blank page
 * or a playground that silently shows something else.
 */
@Controller
class SnippetPageController {

    static final String PATH = "/p/";

    private static final Logger log = LoggerFactory.getLogger(SnippetPageController.class);

    private final Snippets snippets;

    SnippetPageController(Snippets snippets) {
        this.snippets = snippets;
    }

    @GetMapping(PATH + "{id}")
    String page(@PathVariable String id) {
        SnippetController.lookup(snippets, id);
        return "forward:/index.html";
    }

    @ExceptionHandler({SnippetProblem.class, SnippetStoreUnavailable.class, SnippetDamaged.class})
    ResponseEntity<?> refused(RuntimeException e, HttpServletRequest request) {
        HttpStatus status;
        String code;
        String message;
        switch (e) {
            case SnippetProblem p -> {
                status = p.status;
                code = p.code;
                message = p.getMessage();
            }
            case SnippetStoreUnavailable u -> {
                log.warn("snippet store unavailable: {}", u.getMessage());
                status = HttpStatus.SERVICE_UNAVAILABLE;
                code = "store-unavailable";
                message = SnippetStoreErrors.UNAVAILABLE;
            }
            default -> {
                log.error("{}", e.getMessage());
                status = HttpStatus.INTERNAL_SERVER_ERROR;
                code = "snippet-damaged";
                message = SnippetStoreErrors.DAMAGED;
            }
        }
        String accept = request.getHeader("Accept");
        if (accept == null || !accept.contains("text/html")) {
            return ResponseEntity.status(status).body(SnippetController.problem(status, code, message, List.of()));
        }
        String title = status == HttpStatus.NOT_FOUND
                ? "Snippet not found"
                : status == HttpStatus.BAD_REQUEST ? "Not a snippet link" : "Snippet unavailable";
        ResponseEntity.BodyBuilder b = ResponseEntity.status(status).contentType(MediaType.TEXT_HTML);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            b.header("Retry-After", "5");
        }
        return b.body(page(title, message));
    }

    /** A page of plain HTML: no script or style, so it shows under the strict CSP as it is. */
    private static String page(String title, String message) {
        return """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Chanscope</title></head>
                <body><main>
                <h1>%s</h1>
                <p>%s</p>
                <p><a href="/">Open the Chanscope playground</a></p>
                </main></body>
                </html>
                """.formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(message));
    }
}
