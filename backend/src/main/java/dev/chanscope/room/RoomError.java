package dev.chanscope.room;

import java.util.List;

/**
 * A command that cannot be applied, and why: a stable {@code code} (docs/protocol.md, "Room errors"),
 * a message that says what was wrong and what is allowed, the field {@code path} when there is one,
 * and, for invalid links or requests, every problem with its own path. Nothing in the room changed.
 */
public final class RoomError extends RuntimeException {

    /** One problem in a request: where ({@code link.workers}, {@code options[2]}) and what. */
    public record Problem(String path, String message) {}

    private final String code;
    private final String path;
    private final List<Problem> problems;

    public RoomError(String code, String message, String path) {
        this(code, message, path, List.of());
    }

    public RoomError(String code, String message, String path, List<Problem> problems) {
        super(message, null, false, false);
        this.code = code;
        this.path = path;
        this.problems = List.copyOf(problems);
    }

    /** One field that does not validate. */
    public static RoomError invalid(String path, String message) {
        return new RoomError("invalid-request", path + ": " + message, path, List.of(new Problem(path, message)));
    }

    public static RoomError notFound(String code) {
        return new RoomError("not-found", "there is no room " + code + " (it may have expired or been closed)", "code");
    }

    public String code() {
        return code;
    }

    public String path() {
        return path;
    }

    public List<Problem> problems() {
        return problems;
    }
}
