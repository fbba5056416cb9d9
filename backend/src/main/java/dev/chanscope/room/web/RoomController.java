package dev.chanscope.room.web;

import dev.chanscope.room.ClientLimiter;
import dev.chanscope.room.Room;
import dev.chanscope.room.RoomCode;
import dev.chanscope.room.RoomError;
import dev.chanscope.room.RoomStoreUnavailable;
import dev.chanscope.room.Rooms;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rooms' REST API (docs/protocol.md, "Rooms"): create a room, read it, and drive it without a
 * socket. Bodies are JSON read with the rooms' own limits (a link may carry a whole program); every
 * error is a problem document naming its field.
 */
@RestController
class RoomController {

    static final String TEACHER_KEY = "X-Teacher-Key";

    private final Rooms rooms;
    private final JsonMapper json;
    private final RoomProperties limits;
    private final ClientLimiter creates;
    private final ClientLimiter failedLookups;

    RoomController(Rooms rooms, RoomWiring wiring) {
        this.rooms = rooms;
        this.json = wiring.json();
        this.limits = wiring.properties();
        this.creates = wiring.creates();
        this.failedLookups = wiring.failedLookups();
    }

    @PostMapping(path = "/api/rooms", consumes = "application/json")
    ResponseEntity<Map<String, Object>> create(HttpServletRequest request) throws IOException {
        JsonNode body = body(request);
        String link = Fields.string(body, "link", true);
        if (!creates.tryTake(request.getRemoteAddr())) {
            throw new RoomError(
                    "rate-limited",
                    "too many rooms created from this address: at most " + limits.createsPerHour() + " an hour",
                    null);
        }
        Rooms.Created c = rooms.create(link);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.room().code());
        m.put("teacherKey", c.teacherKey());
        m.put("link", c.room().link());
        m.put("url", "/r/" + c.room().code());
        return ResponseEntity.created(URI.create("/api/rooms/" + c.room().code()))
                .body(m);
    }

    @GetMapping("/api/rooms/{code}")
    Map<String, Object> get(@PathVariable String code, HttpServletRequest request) {
        return rooms.view(lookup(code, request));
    }

    @PutMapping(path = "/api/rooms/{code}/state", consumes = "application/json")
    Map<String, Object> state(
            @PathVariable String code,
            @RequestHeader(name = TEACHER_KEY, required = false) String key,
            HttpServletRequest request)
            throws IOException {
        Room room = teacher(code, key, request);
        rooms.changeState(room.code(), Fields.stateChange(body(request)));
        return rooms.view(rooms.room(room.code()));
    }

    @DeleteMapping("/api/rooms/{code}")
    ResponseEntity<Void> close(
            @PathVariable String code,
            @RequestHeader(name = TEACHER_KEY, required = false) String key,
            HttpServletRequest request) {
        rooms.close(teacher(code, key, request).code());
        return ResponseEntity.noContent().build();
    }

    private Room teacher(String code, String key, HttpServletRequest request) {
        Room room = lookup(code, request);
        if (!rooms.isTeacher(room, key)) {
            failedLookups.tryTake(request.getRemoteAddr());
            throw new RoomError(
                    "forbidden",
                    key == null
                            ? "driving a room needs its teacher key in the " + TEACHER_KEY + " header"
                            : "the teacher key does not match this room",
                    TEACHER_KEY);
        }
        return room;
    }

    /** The room, counting a miss against the client's failed lookups (and refusing once they run out). */
    private Room lookup(String typed, HttpServletRequest request) {
        String client = request.getRemoteAddr();
        if (!failedLookups.has(client)) {
            throw new RoomError(
                    "rate-limited", "too many failed lookups from this address; try again in a minute", null);
        }
        String code = RoomCode.normalize(typed).orElse(null);
        Room room = code == null ? null : rooms.store().find(code).orElse(null);
        if (room == null) {
            failedLookups.tryTake(client);
            throw RoomError.notFound(code != null ? code : "\"" + clip(typed) + "\"");
        }
        return room;
    }

    private JsonNode body(HttpServletRequest request) throws IOException {
        long max = limits.maxMessageSize().toBytes();
        byte[] bytes = request.getInputStream().readNBytes((int) max + 1);
        if (bytes.length > max) {
            throw new RoomError("too-large", "the body is larger than the limit of " + max + " bytes", null);
        }
        JsonNode body;
        try {
            body = json.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new RoomError("malformed-json", "the body is not valid JSON: " + e.getOriginalMessage(), null);
        }
        if (body == null || !body.isObject()) {
            throw new RoomError("bad-message", "the body must be a JSON object", null);
        }
        return body;
    }

    @ExceptionHandler(RoomError.class)
    ResponseEntity<ProblemDetail> error(RoomError e) {
        HttpStatus status = switch (e.code()) {
            case "not-found" -> HttpStatus.NOT_FOUND;
            case "forbidden" -> HttpStatus.FORBIDDEN;
            case "rate-limited" -> HttpStatus.TOO_MANY_REQUESTS;
            case "too-large" -> HttpStatus.CONTENT_TOO_LARGE;
            case "capacity" -> HttpStatus.SERVICE_UNAVAILABLE;
            case "conflict", "question-open", "no-question", "already-revealed" -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail p = problem(status, e.code(), e.getMessage());
        if (!e.problems().isEmpty()) {
            p.setProperty(
                    "errors",
                    e.problems().stream()
                            .map(x -> Map.of("path", x.path(), "message", x.message()))
                            .toList());
        } else if (e.path() != null) {
            p.setProperty("errors", java.util.List.of(Map.of("path", e.path(), "message", e.getMessage())));
        }
        ResponseEntity.BodyBuilder b = ResponseEntity.status(status);
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            b.header("Retry-After", "60");
        }
        return b.body(p);
    }

    @ExceptionHandler(RoomStoreUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(RoomStoreUnavailable e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "5")
                .body(problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "store-unavailable",
                        "the room store cannot be reached; nothing changed, try again"));
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title(code));
        p.setType(URI.create("https://chanscope.dev/problems/" + code));
        p.setProperty("code", code);
        return p;
    }

    private static String title(String code) {
        String t = code.replace('-', ' ');
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static String clip(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }
}
