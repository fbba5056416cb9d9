package dev.chanscope.room;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shapes of docs/protocol.md, "Rooms", as ordered maps for Jackson to write: a room as
 * {@code GET /api/rooms/{code}} and {@code welcome} show it, and the frames the server sends.
 */
public final class RoomJson {

    private RoomJson() {}

    /** The room: link, state, question (with counts once revealed) and presence. */
    public static Map<String, Object> view(Room room, Presence presence, Tally tally) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", room.code());
        m.put("link", room.link());
        m.put("state", state(room));
        m.put("question", room.question() == null ? null : question(room.question(), tally));
        m.put("members", presence.members());
        m.put("detached", presence.detached());
        return m;
    }

    public static Map<String, Object> state(Room room) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rev", room.rev());
        m.put("playing", room.playing());
        m.put("speed", room.speed());
        m.put("compare", room.compare());
        m.put("updatedAt", room.updatedAt());
        return m;
    }

    /** A question; its counts only once revealed ({@code tally} may be null before). */
    public static Map<String, Object> question(Question q, Tally tally) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("prompt", q.prompt());
        m.put("kind", q.kind());
        m.put("options", q.options());
        if (Question.GOROUTINE.equals(q.kind())) {
            m.put("goroutines", q.goroutines());
        }
        m.put("revealed", q.revealed());
        if (q.revealed() && tally != null) {
            m.put("counts", tally.counts());
            m.put("answered", tally.answered());
        }
        return m;
    }

    // ---- frames (server → client) ---------------------------------------------------------------

    public static Map<String, Object> stateFrame(Room room, long now) {
        Map<String, Object> m = frame("state");
        m.put("link", room.link());
        m.put("state", state(room));
        m.put("now", now);
        return m;
    }

    public static Map<String, Object> questionFrame(Room room, Tally tally) {
        Map<String, Object> m = frame("question");
        m.put("rev", room.rev());
        m.put("question", room.question() == null ? null : question(room.question(), tally));
        return m;
    }

    public static Map<String, Object> answersFrame(Tally t) {
        Map<String, Object> m = frame("answers");
        m.put("question", t.questionId());
        m.put("counts", t.counts());
        m.put("answered", t.answered());
        return m;
    }

    public static Map<String, Object> presenceFrame(Presence p) {
        Map<String, Object> m = frame("presence");
        m.put("members", p.members());
        m.put("detached", p.detached());
        return m;
    }

    public static Map<String, Object> closedFrame(String reason) {
        Map<String, Object> m = frame("closed");
        m.put("reason", reason);
        return m;
    }

    public static Map<String, Object> error(RoomError e) {
        Map<String, Object> m = frame("error");
        m.put("code", e.code());
        m.put("message", e.getMessage());
        if (e.path() != null) {
            m.put("path", e.path());
        }
        if (!e.problems().isEmpty()) {
            m.put(
                    "errors",
                    e.problems().stream()
                            .map(p -> Map.of("path", p.path(), "message", p.message()))
                            .toList());
        }
        return m;
    }

    public static Map<String, Object> frame(String type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        return m;
    }
}
