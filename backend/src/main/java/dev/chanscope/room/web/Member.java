package dev.chanscope.room.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.socket.TextMessage;

/**
 * One socket of a room: who it is (teacher or student, the member id of a student), what it was last
 * shown, and its inbound rate limit and message assembly.
 *
 * <p>Ordering invariant: after {@code welcome} (a snapshot of the room at revision R), the socket
 * receives every change of state and of question with a revision above R, in order, and none at or
 * below it. Announcements that arrive between joining the room's listeners and queuing the welcome
 * are held ({@link #pending}) and filtered against R once it is known.
 */
final class Member {

    enum Role {
        TEACHER,
        STUDENT
    }

    final String socketId;
    /** The room this socket's address names, canonical; null when it is not a code at all. */
    final String code;

    final String client;
    final Outbox out;
    final Inbound inbound;

    volatile Role role;
    /** A student's id, kept across reconnects so an answer and presence stay one member's. */
    volatile String memberId;

    volatile boolean detached;
    /** Set once a join was accepted. */
    volatile boolean joined;

    private boolean welcomed;
    private List<Object[]> pending = new ArrayList<>();
    private long stateRev;
    private long questionRev;

    Member(String socketId, String code, String client, Outbox out, Inbound inbound) {
        this.socketId = socketId;
        this.code = code;
        this.client = client;
        this.out = out;
        this.inbound = inbound;
    }

    boolean isTeacher() {
        return role == Role.TEACHER;
    }

    /** Sends the snapshot taken at {@code rev}, then whatever newer arrived while it was being taken. */
    synchronized void welcome(long rev, TextMessage frame) {
        out.send(frame);
        stateRev = rev;
        questionRev = rev;
        welcomed = true;
        List<Object[]> held = pending;
        pending = null;
        for (Object[] p : held) {
            announce((String) p[0], (Long) p[1], (TextMessage) p[2]);
        }
    }

    /** A change of state or question at {@code rev}; dropped if this socket already shows a newer one. */
    synchronized void announce(String kind, long rev, TextMessage frame) {
        if (!welcomed) {
            if (pending != null) {
                pending.add(new Object[] {kind, rev, frame});
            }
            return;
        }
        if (kind.equals("state")) {
            if (rev <= stateRev) {
                return;
            }
            stateRev = rev;
        } else if (kind.equals("question")) {
            if (rev <= questionRev) {
                return;
            }
            questionRev = rev;
        }
        out.send(frame);
    }

    /** A frame for this socket alone (answers to its own messages, errors, recounts for teachers). */
    void reply(TextMessage frame) {
        out.send(frame);
    }
}
