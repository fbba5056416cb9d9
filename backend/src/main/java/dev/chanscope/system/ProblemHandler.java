package dev.chanscope.system;

import dev.chanscope.scenario.InvalidRequestException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error over REST is an RFC 9457 problem document; invalid requests list each problem with its
 * path in {@code errors}. Spring's own exceptions (404 for unknown paths, 405, 415, …) come out the
 * same way through the base class.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Invalid request");
        p.setType(URI.create("https://chanscope.dev/problems/invalid-request"));
        p.setProperty(
                "errors",
                e.errors().stream()
                        .map(f -> Map.of("path", f.path(), "message", f.message()))
                        .toList());
        return p;
    }
}
