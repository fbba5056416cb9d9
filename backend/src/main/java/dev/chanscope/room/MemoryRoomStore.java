package dev.chanscope.room;

import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rooms in this process: the default, for one instance. Each room is guarded by its own lock; an
 * expired room is gone for every reader at once (checked on access) and its memory is reclaimed by
 * {@link #sweep}.
 */
public final class MemoryRoomStore implements RoomStore {

    private final InstantSource clock;
    private final long idleMillis;
    private final int maxRooms;
    private final Map<String, Entry> rooms = new ConcurrentHashMap<>();

    public MemoryRoomStore(InstantSource clock, Duration idleTimeout, int maxRooms) {
        this.clock = clock;
        this.idleMillis = idleTimeout.toMillis();
        this.maxRooms = maxRooms;
    }

    private static final class Entry {
        Room room;
        long expiresAt;
        /** Answers to the current question only: member → option. */
        final Map<String, Integer> answers = new HashMap<>();

        String answersFor;
        /** member → its current seat. */
        final Map<String, Seat> seats = new HashMap<>();
    }

    private record Seat(String id, boolean detached) {}

    @Override
    public Created create(Room room) {
        sweep();
        if (rooms.size() >= maxRooms) {
            return Created.FULL;
        }
        Entry e = new Entry();
        e.room = room;
        e.expiresAt = clock.millis() + idleMillis;
        return rooms.putIfAbsent(room.code(), e) == null ? Created.CREATED : Created.CODE_TAKEN;
    }

    @Override
    public Optional<Room> find(String code) {
        Entry e = live(code);
        if (e == null) {
            return Optional.empty();
        }
        synchronized (e) {
            return Optional.of(e.room);
        }
    }

    @Override
    public boolean replace(Room expected, Room next) {
        Entry e = live(expected.code());
        if (e == null) {
            return false;
        }
        synchronized (e) {
            if (e.room.rev() != expected.rev()) {
                return false;
            }
            e.room = next;
            e.expiresAt = clock.millis() + idleMillis;
            return true;
        }
    }

    @Override
    public void delete(String code) {
        rooms.remove(code);
    }

    @Override
    public Answered answer(String code, String questionId, String member, int option) {
        Entry e = live(code);
        if (e == null) {
            return Answered.NO_ROOM;
        }
        synchronized (e) {
            Question q = e.room.question();
            if (q == null || !q.id().equals(questionId)) {
                return Answered.NO_QUESTION;
            }
            if (q.revealed()) {
                return Answered.REVEALED;
            }
            if (!questionId.equals(e.answersFor)) {
                e.answers.clear();
                e.answersFor = questionId;
            }
            e.answers.put(member, option);
            e.expiresAt = clock.millis() + idleMillis;
            return Answered.ACCEPTED;
        }
    }

    @Override
    public Tally tally(String code, Question question) {
        Entry e = live(code);
        if (e == null) {
            return Tally.of(question.id(), question.options().size(), java.util.List.of());
        }
        synchronized (e) {
            Collection<Integer> choices =
                    question.id().equals(e.answersFor) ? new ArrayList<>(e.answers.values()) : java.util.List.of();
            return Tally.of(question.id(), question.options().size(), choices);
        }
    }

    @Override
    public void seat(String code, String member, String seat, boolean detached) {
        Entry e = live(code);
        if (e != null) {
            synchronized (e) {
                e.seats.put(member, new Seat(seat, detached));
            }
        }
    }

    @Override
    public void unseat(String code, String member, String seat) {
        Entry e = live(code);
        if (e != null) {
            synchronized (e) {
                Seat s = e.seats.get(member);
                if (s != null && s.id().equals(seat)) {
                    e.seats.remove(member);
                }
            }
        }
    }

    @Override
    public Presence presence(String code) {
        Entry e = live(code);
        if (e == null) {
            return new Presence(0, 0);
        }
        synchronized (e) {
            int detached =
                    (int) e.seats.values().stream().filter(Seat::detached).count();
            return new Presence(e.seats.size(), detached);
        }
    }

    @Override
    public void keepAlive(Collection<String> codes) {
        long until = clock.millis() + idleMillis;
        for (String code : codes) {
            Entry e = live(code);
            if (e != null) {
                synchronized (e) {
                    e.expiresAt = Math.max(e.expiresAt, until);
                }
            }
        }
    }

    /** Forgets every expired room. */
    public void sweep() {
        long now = clock.millis();
        rooms.values().removeIf(e -> {
            synchronized (e) {
                return e.expiresAt <= now;
            }
        });
    }

    /** Rooms held now, expired ones included until the next sweep. */
    public int size() {
        return rooms.size();
    }

    private Entry live(String code) {
        Entry e = rooms.get(code);
        if (e == null) {
            return null;
        }
        synchronized (e) {
            if (e.expiresAt > clock.millis()) {
                return e;
            }
        }
        rooms.remove(code, e);
        return null;
    }
}
