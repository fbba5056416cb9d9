package dev.chanscope.room.web;

import dev.chanscope.room.Presence;
import dev.chanscope.room.Question;
import dev.chanscope.room.Room;
import dev.chanscope.room.RoomBus;
import dev.chanscope.room.RoomJson;
import dev.chanscope.room.Rooms;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;

/**
 * The rooms that have sockets on this instance. A room is subscribed on the bus while it has at
 * least one socket here; each announcement is turned into one frame and queued on every socket of the
 * room. Presence and answer counts are recounted from the store for this instance's teachers, at
 * most one recount at a time per room.
 */
final class LocalRooms {

    /** Close code for "the room is gone" (closed or expired): do not reconnect. */
    static final int ROOM_GONE = 4404;

    private final Rooms rooms;
    private final Executor executor;
    private final Map<String, Local> byCode = new HashMap<>();

    LocalRooms(Rooms rooms, Executor executor) {
        this.rooms = rooms;
        this.executor = executor;
    }

    private final class Local {
        final String code;
        final Set<Member> members = ConcurrentHashMap.newKeySet();
        final Coalescer presence;
        final Coalescer answers;

        Local(String code) {
            this.code = code;
            this.presence = new Coalescer(this::recountPresence, executor);
            this.answers = new Coalescer(this::recountAnswers, executor);
        }

        void deliver(RoomBus.Announcement a) {
            switch (a.kind()) {
                case "presence" -> {
                    if (hasTeacher()) {
                        presence.request();
                    }
                }
                case "answers" -> {
                    if (hasTeacher()) {
                        answers.request();
                    }
                }
                case "closed" -> {
                    TextMessage frame = Outbox.text(a.frame());
                    for (Member m : members) {
                        m.reply(frame);
                        m.out.closeAfter(new CloseStatus(ROOM_GONE, "room closed"));
                    }
                }
                default -> {
                    TextMessage frame = Outbox.text(a.frame());
                    for (Member m : members) {
                        m.announce(a.kind(), a.rev(), frame);
                    }
                }
            }
        }

        boolean hasTeacher() {
            return members.stream().anyMatch(m -> m.joined && m.isTeacher());
        }

        void toTeachers(Map<String, Object> frame) {
            TextMessage text = Outbox.text(rooms.write(frame));
            members.stream().filter(m -> m.joined && m.isTeacher()).forEach(m -> m.reply(text));
        }

        /** Counts sent to this room's teachers here, so the refresh tick repeats nothing. */
        private volatile Presence sent;

        void recountPresence() {
            Presence p = rooms.store().presence(code);
            if (!p.equals(sent)) {
                sent = p;
                toTeachers(RoomJson.presenceFrame(p));
            }
        }

        void recountAnswers() {
            Room room = rooms.store().find(code).orElse(null);
            Question q = room == null ? null : room.question();
            if (q != null) {
                toTeachers(RoomJson.answersFrame(rooms.store().tally(code, q)));
            }
        }
    }

    /**
     * Adds a socket to its room here, subscribing the room on the bus first if it is new here; on
     * return every later announcement of the room reaches the socket.
     */
    void add(Member m) {
        synchronized (byCode) {
            Local l = byCode.get(m.code);
            if (l == null) {
                Local fresh = new Local(m.code);
                rooms.bus().subscribe(m.code, fresh::deliver);
                byCode.put(m.code, fresh);
                l = fresh;
            }
            l.members.add(m);
        }
    }

    void remove(Member m) {
        synchronized (byCode) {
            Local l = byCode.get(m.code);
            if (l != null && l.members.remove(m) && l.members.isEmpty()) {
                byCode.remove(m.code);
                try {
                    rooms.bus().unsubscribe(m.code);
                } catch (RuntimeException e) {
                    // The bus is down; its subscriptions go with it, and a stray one only drops frames.
                }
            }
        }
    }

    /** Asks for fresh presence counts for the room's teachers here (after a join, or on the refresh tick). */
    void recountPresence(String code) {
        Local l;
        synchronized (byCode) {
            l = byCode.get(code);
        }
        if (l != null && l.hasTeacher()) {
            l.presence.request();
        }
    }

    List<String> codes() {
        synchronized (byCode) {
            return List.copyOf(byCode.keySet());
        }
    }

    List<Member> members() {
        synchronized (byCode) {
            return byCode.values().stream().flatMap(l -> l.members.stream()).toList();
        }
    }
}
