package dev.chanscope.room.redis;

import dev.chanscope.room.Question;
import dev.chanscope.room.Room;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A {@link Room} as the fields of its Redis hash, and back. */
final class RoomHash {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RoomHash() {}

    /** Field, value, field, value, … for HSET. */
    static List<String> write(Room r) {
        Question q = r.question();
        return List.of(
                "key",
                r.keyHash(),
                "link",
                r.link(),
                "compare",
                r.compare() == null ? "" : r.compare(),
                "playing",
                r.playing() ? "1" : "0",
                "speed",
                Double.toString(r.speed()),
                "rev",
                Long.toString(r.rev()),
                "updatedAt",
                Long.toString(r.updatedAt()),
                "q",
                q == null ? "" : JSON.writeValueAsString(question(q)),
                "qid",
                q == null ? "" : q.id(),
                "qrevealed",
                q != null && q.revealed() ? "1" : "0");
    }

    static Room read(String code, Map<Object, Object> h) {
        String compare = (String) h.get("compare");
        String q = (String) h.getOrDefault("q", "");
        return new Room(
                code,
                (String) h.get("key"),
                (String) h.get("link"),
                compare == null || compare.isEmpty() ? null : compare,
                "1".equals(h.get("playing")),
                Double.parseDouble((String) h.get("speed")),
                Long.parseLong((String) h.get("rev")),
                Long.parseLong((String) h.get("updatedAt")),
                q.isEmpty() ? null : question(JSON.readTree(q)));
    }

    private static Map<String, Object> question(Question q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("prompt", q.prompt());
        m.put("kind", q.kind());
        m.put("options", q.options());
        m.put("goroutines", q.goroutines());
        m.put("revealed", q.revealed());
        return m;
    }

    private static Question question(JsonNode n) {
        List<String> options = new ArrayList<>();
        n.get("options").forEach(o -> options.add(o.asString()));
        List<Long> goroutines = new ArrayList<>();
        n.get("goroutines").forEach(g -> goroutines.add(g.asLong()));
        return new Question(
                n.get("id").asString(),
                n.get("prompt").asString(),
                n.get("kind").asString(),
                options,
                goroutines,
                n.get("revealed").asBoolean());
    }
}
