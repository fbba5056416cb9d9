package dev.chanscope.scenario;

/** One problem with a request: where it is (a JSON path such as {@code run.params.workers}) and what. */
public record FieldError(String path, String message) {}
