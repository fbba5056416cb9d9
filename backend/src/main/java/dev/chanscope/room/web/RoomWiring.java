package dev.chanscope.room.web;

import dev.chanscope.room.ClientLimiter;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the room controller and socket share: the limits, the JSON reader sized for room messages, and
 * the per-client limiters (one set per instance, so a client's failed lookups count the same over
 * REST and WebSocket).
 */
record RoomWiring(
        RoomProperties properties,
        JsonMapper json,
        ClientLimiter creates,
        ClientLimiter joins,
        ClientLimiter failedLookups) {}
