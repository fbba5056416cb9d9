package dev.chanscope.run;

import java.util.List;

/** A run request or link that cannot be honoured; carries every problem found, each with its path. */
public final class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(
                errors.isEmpty()
                        ? "invalid request"
                        : errors.getFirst().path() + ": " + errors.getFirst().message());
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequestException of(String path, String message) {
        return new InvalidRequestException(List.of(new FieldError(path, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
