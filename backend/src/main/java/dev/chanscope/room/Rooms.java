package dev.chanscope.room;

import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every room command: checked, applied to the {@link RoomStore} (compare-and-set on the room's
 * revision, retried when another writer came first), then announced on the {@link RoomBus}. A
 * command that fails throws {@link RoomError} and changes nothing. Who may send which command (teacher
 * or student) is decided by the caller with {@link #isTeacher}.
 */
public final class Rooms {

    /** The playground's playback speeds (frontend/src/app/player.ts, {@code SPEEDS}). */
    public static final List<Double> SPEEDS = List.of(0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 25.0, 100.0);

    private static final int CODE_ATTEMPTS = 16;
    private static final int WRITE_ATTEMPTS = 16;

    private final RoomStore store;
    private final RoomBus bus;
    private final RoomLinks links;
    private final SecureRandom random;
    private final InstantSource clock;
    /** Frames are pure ASCII: text from clients (prompts, options) may hold lone surrogates, which UTF-8 cannot carry. */
    private final JsonMapper json =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    public Rooms(RoomStore store, RoomBus bus, RoomLinks links, SecureRandom random, InstantSource clock) {
        this.store = store;
        this.bus = bus;
        this.links = links;
        this.random = random;
        this.clock = clock;
    }

    public RoomStore store() {
        return store;
    }

    public RoomBus bus() {
        return bus;
    }

    /** A new room and its teacher key (returned once; the store keeps only its hash). */
    public record Created(Room room, String teacherKey) {}

    public Created create(String link) {
        String canonical = links.canonical(link, "link");
        String key = TeacherKey.generate(random);
        for (int i = 0; i < CODE_ATTEMPTS; i++) {
            Room room = new Room(
                    RoomCode.generate(random),
                    TeacherKey.hash(key),
                    canonical,
                    null,
                    false,
                    1.0,
                    1,
                    clock.millis(),
                    null);
            switch (store.create(room)) {
                case CREATED -> {
                    return new Created(room, key);
                }
                case FULL ->
                    throw new RoomError("capacity", "this server holds as many rooms as it may; try again later", null);
                case CODE_TAKEN -> {
                    // draw another code
                }
            }
        }
        throw new RoomError("capacity", "no free room code was found; try again", null);
    }

    /** The room, or {@code not-found}. */
    public Room room(String code) {
        return store.find(code).orElseThrow(() -> RoomError.notFound(code));
    }

    /** The room as {@code GET /api/rooms/{code}} shows it. */
    public Map<String, Object> view(Room room) {
        Question q = room.question();
        Tally tally = q != null && q.revealed() ? store.tally(room.code(), q) : null;
        return RoomJson.view(room, store.presence(room.code()), tally);
    }

    public boolean isTeacher(Room room, String key) {
        return key != null && TeacherKey.matches(key, room.keyHash());
    }

    /**
     * What a teacher changes: the link (with its playhead) always; {@code playing}, {@code speed} and
     * {@code compare} when given ({@code compareGiven} with a null {@code compare} clears it).
     */
    public record StateChange(String link, Boolean playing, Double speed, boolean compareGiven, String compare) {}

    public Room changeState(String code, StateChange c) {
        String link = links.canonical(c.link(), "link");
        String compare = c.compareGiven() && c.compare() != null ? links.canonical(c.compare(), "compare") : null;
        if (c.speed() != null && !SPEEDS.contains(c.speed())) {
            throw RoomError.invalid("speed", "must be one of " + speeds() + ", got " + c.speed());
        }
        Room next = update(
                code,
                r -> r.withState(
                        link,
                        c.compareGiven() ? compare : r.compare(),
                        c.playing() != null ? c.playing() : r.playing(),
                        c.speed() != null ? c.speed() : r.speed()));
        announce(next, "state", RoomJson.stateFrame(next, clock.millis()));
        return next;
    }

    /** Opens a question; refused while another one exists (reveal and close it first). */
    public Room ask(String code, String prompt, String kind, List<String> options, List<Long> goroutines) {
        List<RoomError.Problem> problems = new ArrayList<>();
        String p = prompt == null ? "" : prompt.strip();
        if (p.isEmpty() || p.length() > Question.MAX_PROMPT || hasControl(p, true)) {
            problems.add(new RoomError.Problem(
                    "prompt", "a prompt has 1 to " + Question.MAX_PROMPT + " characters and no control characters"));
        }
        if (!Question.CHOICE.equals(kind) && !Question.GOROUTINE.equals(kind)) {
            problems.add(new RoomError.Problem("kind", "must be choice or goroutine"));
        }
        if (options.size() < Question.MIN_OPTIONS || options.size() > Question.MAX_OPTIONS) {
            problems.add(new RoomError.Problem(
                    "options",
                    "a question has " + Question.MIN_OPTIONS + " to " + Question.MAX_OPTIONS + " options, got "
                            + options.size()));
        }
        List<String> clean = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            String o = options.get(i).strip();
            if (o.isEmpty() || o.length() > Question.MAX_OPTION || hasControl(o, false)) {
                problems.add(new RoomError.Problem(
                        "options[" + i + "]",
                        "an option has 1 to " + Question.MAX_OPTION + " characters and no control characters"));
            } else if (clean.contains(o)) {
                problems.add(new RoomError.Problem("options[" + i + "]", "repeats options[" + clean.indexOf(o) + "]"));
            }
            clean.add(o);
        }
        if (Question.GOROUTINE.equals(kind) && goroutines.size() != options.size()) {
            problems.add(new RoomError.Problem(
                    "goroutines", "a goroutine question gives one goroutine id per option (" + options.size() + ")"));
        }
        if (Question.CHOICE.equals(kind) && !goroutines.isEmpty()) {
            problems.add(new RoomError.Problem("goroutines", "only a goroutine question has goroutines"));
        }
        if (!problems.isEmpty()) {
            RoomError.Problem first = problems.getFirst();
            throw new RoomError(
                    "invalid-request",
                    first.path() + ": " + first.message()
                            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""),
                    first.path(),
                    problems);
        }
        Room next = update(code, r -> {
            if (r.question() != null) {
                throw new RoomError(
                        "question-open",
                        "question " + r.question().id() + " is still "
                                + (r.question().revealed() ? "shown" : "open") + "; close it before asking another",
                        "type");
            }
            return r.withQuestion(new Question("q" + (r.rev() + 1), p, kind, clean, goroutines, false));
        });
        announce(next, "question", RoomJson.questionFrame(next, null));
        return next;
    }

    /** Shows every member the answers to the open question; no answer is taken after this. */
    public Room reveal(String code, String questionId) {
        Room next = update(code, r -> {
            Question q = current(r, questionId);
            if (q.revealed()) {
                throw new RoomError("already-revealed", "question " + q.id() + " is already revealed", "question");
            }
            return r.withQuestion(q.asRevealed());
        });
        // Read after the reveal is stored: every answer taken before it is counted, none after it is.
        Tally tally = store.tally(code, next.question());
        announce(next, "question", RoomJson.questionFrame(next, tally));
        return next;
    }

    public Room closeQuestion(String code, String questionId) {
        Room next = update(code, r -> {
            current(r, questionId);
            return r.withQuestion(null);
        });
        announce(next, "question", RoomJson.questionFrame(next, null));
        return next;
    }

    /** A student's answer; it may change until the question is revealed. */
    public void answer(String code, String member, String questionId, int option) {
        Room room = room(code);
        Question q = current(room, questionId);
        if (option < 0 || option >= q.options().size()) {
            throw RoomError.invalid(
                    "option",
                    "must be an option index from 0 to " + (q.options().size() - 1) + ", got " + option);
        }
        switch (store.answer(code, questionId, member, option)) {
            case ACCEPTED -> bus.publish(code, new RoomBus.Announcement("answers", 0, ""));
            case REVEALED ->
                throw new RoomError(
                        "already-revealed", "question " + questionId + " is revealed; answers are final", "question");
            case NO_QUESTION -> throw noQuestion(questionId, null);
            case NO_ROOM -> throw RoomError.notFound(code);
        }
    }

    /** Ends the lesson: the room is gone for everyone. */
    public void close(String code) {
        store.delete(code);
        bus.publish(
                code,
                new RoomBus.Announcement(
                        "closed", Long.MAX_VALUE, write(RoomJson.closedFrame("closed by the teacher"))));
    }

    public void seat(String code, String member, String seat, boolean detached) {
        store.seat(code, member, seat, detached);
        bus.publish(code, new RoomBus.Announcement("presence", 0, ""));
    }

    public void unseat(String code, String member, String seat) {
        store.unseat(code, member, seat);
        bus.publish(code, new RoomBus.Announcement("presence", 0, ""));
    }

    public String write(Map<String, Object> frame) {
        return json.writeValueAsString(frame);
    }

    private void announce(Room room, String kind, Map<String, Object> frame) {
        bus.publish(room.code(), new RoomBus.Announcement(kind, room.rev(), write(frame)));
    }

    private Room update(String code, UnaryOperator<Room> change) {
        for (int i = 0; i < WRITE_ATTEMPTS; i++) {
            Room current = room(code);
            Room next = change.apply(current).next(clock.millis());
            if (store.replace(current, next)) {
                return next;
            }
        }
        throw new RoomError("conflict", "the room is changing too fast to apply this; send it again", null);
    }

    private static Question current(Room r, String questionId) {
        Question q = r.question();
        if (q == null || !q.id().equals(questionId)) {
            throw noQuestion(questionId, q);
        }
        return q;
    }

    private static RoomError noQuestion(String questionId, Question current) {
        return new RoomError(
                "no-question",
                "there is no question " + questionId + " in this room"
                        + (current == null ? " (none is open)" : " (the current one is " + current.id() + ")"),
                "question");
    }

    private static boolean hasControl(String s, boolean newlinesAllowed) {
        return s.chars().anyMatch(ch -> (ch < 0x20 && !(newlinesAllowed && ch == '\n')) || (ch >= 0x7f && ch <= 0x9f));
    }

    private static String speeds() {
        return String.join(
                ", ",
                SPEEDS.stream()
                        .map(s -> s % 1 == 0 ? Long.toString(s.longValue()) : s.toString())
                        .toList());
    }
}
