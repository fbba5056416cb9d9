package dev.chanscope.room.web;

import dev.chanscope.room.RoomError;
import dev.chanscope.room.Rooms;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads the typed fields of a room message (socket or REST body), each problem a {@code
 * invalid-request} {@link RoomError} naming the field.
 */
final class Fields {

    private Fields() {}

    static String string(JsonNode msg, String field, boolean required) {
        JsonNode n = msg.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw RoomError.invalid(field, "is required (a string)");
            }
            return null;
        }
        if (!n.isString()) {
            throw RoomError.invalid(field, "must be a string");
        }
        return n.asString();
    }

    static Boolean bool(JsonNode msg, String field) {
        JsonNode n = msg.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isBoolean()) {
            throw RoomError.invalid(field, "must be true or false");
        }
        return n.asBoolean();
    }

    static int index(JsonNode msg, String field) {
        JsonNode n = msg.get(field);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToInt()) {
            throw RoomError.invalid(field, "is required (an integer)");
        }
        return n.asInt();
    }

    static List<String> strings(JsonNode msg, String field) {
        JsonNode n = msg.get(field);
        if (n == null || !n.isArray()) {
            throw RoomError.invalid(field, "is required (an array of strings)");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isString()) {
                throw RoomError.invalid(field + "[" + i + "]", "must be a string");
            }
            out.add(n.get(i).asString());
        }
        return out;
    }

    static List<Long> ids(JsonNode msg, String field) {
        JsonNode n = msg.get(field);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw RoomError.invalid(field, "must be an array of goroutine ids");
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode g = n.get(i);
            if (!g.isIntegralNumber() || !g.canConvertToLong() || g.asLong() < 0) {
                throw RoomError.invalid(field + "[" + i + "]", "must be a goroutine id (an integer ≥ 0)");
            }
            out.add(g.asLong());
        }
        return out;
    }

    /** The fields of a state change: {@code link}, and optionally {@code playing}, {@code speed}, {@code compare}. */
    static Rooms.StateChange stateChange(JsonNode msg) {
        String link = string(msg, "link", true);
        Boolean playing = bool(msg, "playing");
        Double speed = null;
        JsonNode s = msg.get("speed");
        if (s != null && !s.isNull()) {
            if (!s.isNumber()) {
                throw RoomError.invalid("speed", "must be a number");
            }
            speed = s.asDouble();
        }
        boolean compareGiven = msg.has("compare");
        String compare = compareGiven ? string(msg, "compare", false) : null;
        return new Rooms.StateChange(link, playing, speed, compareGiven, compare);
    }
}
