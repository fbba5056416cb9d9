/**
 * Classroom rooms (docs/protocol.md, "Rooms"): a teacher drives, a class follows. A room shares only
 * link state — the share link of the run and its playhead, playing or paused, speed and an optional
 * compare link — never events: every follower recomputes the same deterministic run. Also presence
 * (members, detached) and one predict-then-reveal question at a time.
 *
 * <p>{@link dev.chanscope.room.Rooms} applies every command to a {@link dev.chanscope.room.RoomStore}
 * (the source of truth: in memory, or Redis when rooms span instances) and announces each change on a
 * {@link dev.chanscope.room.RoomBus}. No Spring here; {@code room.web} speaks HTTP and WebSocket and
 * {@code room.redis} holds the Redis store and bus.
 */
package dev.chanscope.room;
