package dev.chanscope.system;

import dev.chanscope.run.FieldError;
import dev.chanscope.run.InvalidRequestException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error over REST is an RFC 9457 problem document whose {@code errors} say where: invalid
 * requests list each problem with its path, a body that is not JSON its line, column and path, an
 * oversized body the limit. Spring's own exceptions (404 for unknown paths, 405, 415, …) come out the
 * same way through the base class.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final String TYPES = "https://chanscope.dev/problems/";

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                "Invalid request",
                e.getMessage(),
                e.errors().stream().map(FieldError::asMap).toList());
    }

    @ExceptionHandler(JsonBody.Malformed.class)
    ProblemDetail malformed(JsonBody.Malformed e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "malformed-json",
                "Malformed JSON",
                e.getMessage(),
                List.of(e.where().asMap()));
    }

    /** A body too large to read, or none: a problem with the whole document ({@code $}). */
    @ExceptionHandler({JsonBody.TooLarge.class, JsonBody.Missing.class})
    ProblemDetail wholeBody(RuntimeException e) {
        boolean tooLarge = e instanceof JsonBody.TooLarge;
        return problem(
                tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
                tooLarge ? "body-too-large" : "missing-body",
                tooLarge ? "Request body too large" : "Missing request body",
                e.getMessage(),
                List.of(Map.of("path", "$", "message", e.getMessage())));
    }

    private static ProblemDetail problem(
            HttpStatus status, String type, String title, String detail, List<Map<String, Object>> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create(TYPES + type));
        p.setProperty("errors", errors);
        return p;
    }
}
