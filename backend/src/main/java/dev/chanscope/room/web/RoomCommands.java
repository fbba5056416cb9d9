package dev.chanscope.room.web;

import dev.chanscope.room.Question;
import dev.chanscope.room.RoomError;
import dev.chanscope.room.RoomJson;
import dev.chanscope.room.Rooms;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The commands of a joined room socket, by role: what a teacher drives (state, questions, closing the
 * room) and what a student does (answer, detach, attach). A command of the other role is {@code
 * forbidden}; each command's fields are read with {@link Fields}.
 */
final class RoomCommands {

    private final Rooms rooms;

    RoomCommands(Rooms rooms) {
        this.rooms = rooms;
    }

    void teacher(Member m, String type, JsonNode msg) {
        if (!m.isTeacher()) {
            throw new RoomError("forbidden", "only the teacher can send " + type, "type");
        }
        switch (type) {
            case "state" -> rooms.changeState(m.code, Fields.stateChange(msg));
            case "ask" -> {
                String kind = Fields.string(msg, "kind", false);
                rooms.ask(
                        m.code,
                        Fields.string(msg, "prompt", true),
                        kind == null ? Question.CHOICE : kind,
                        Fields.strings(msg, "options"),
                        Fields.ids(msg, "goroutines"));
            }
            case "reveal" -> rooms.reveal(m.code, Fields.string(msg, "question", true));
            case "close-question" -> rooms.closeQuestion(m.code, Fields.string(msg, "question", true));
            default -> rooms.close(m.code);
        }
    }

    void student(Member m, String type, JsonNode msg) {
        if (m.isTeacher()) {
            throw new RoomError("forbidden", type + " is for students; the teacher's socket drives the room", "type");
        }
        switch (type) {
            case "answer" -> {
                String question = Fields.string(msg, "question", true);
                int option = Fields.index(msg, "option");
                rooms.answer(m.code, m.memberId, question, option);
                Map<String, Object> ack = RoomJson.frame("answered");
                ack.put("question", question);
                ack.put("option", option);
                m.reply(Outbox.text(rooms.write(ack)));
            }
            default -> {
                m.detached = type.equals("detach");
                rooms.seat(m.code, m.memberId, m.socketId, m.detached);
                m.reply(Outbox.text(rooms.write(memberFrame(m))));
            }
        }
    }

    private static Map<String, Object> memberFrame(Member m) {
        Map<String, Object> f = RoomJson.frame("member");
        f.put("member", m.memberId);
        f.put("detached", m.detached);
        return f;
    }
}
