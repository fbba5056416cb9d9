package dev.chanscope.snippet.web;

import dev.chanscope.snippet.SnippetDamaged;
import dev.chanscope.snippet.SnippetStoreFull;
import dev.chanscope.snippet.SnippetStoreUnavailable;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What the snippet store's refusals are over REST, wherever a snippet was saved or looked up
 * ({@code /api/snippets}, a link with {@code p} resolved): full (507: saved snippets still open, new
 * ones wait for room), unavailable (503, try again), damaged (500, never served as if it were whole).
 */
@RestControllerAdvice
class SnippetStoreErrors {

    private static final Logger log = LoggerFactory.getLogger(SnippetStoreErrors.class);

    static final String UNAVAILABLE = "the snippet store cannot be reached; nothing changed, try again";
    static final String DAMAGED =
            "this snippet's stored text is damaged and is not served; the server's operators have been told";

    @ExceptionHandler(SnippetStoreFull.class)
    ResponseEntity<ProblemDetail> full(SnippetStoreFull e) {
        return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE)
                .body(SnippetController.problem(
                        HttpStatus.INSUFFICIENT_STORAGE, "snippet-store-full", e.getMessage(), List.of()));
    }

    @ExceptionHandler(SnippetStoreUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(SnippetStoreUnavailable e) {
        log.warn("snippet store unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "5")
                .body(SnippetController.problem(
                        HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", UNAVAILABLE, List.of()));
    }

    @ExceptionHandler(SnippetDamaged.class)
    ResponseEntity<ProblemDetail> damaged(SnippetDamaged e) {
        log.error("{}", e.getMessage());
        return ResponseEntity.internalServerError()
                .body(SnippetController.problem(
                        HttpStatus.INTERNAL_SERVER_ERROR, "snippet-damaged", DAMAGED, List.of()));
    }
}
