/**
 * Rooms shared by every instance through Redis ({@code chanscope.rooms.store=redis}): state in hashes
 * with a TTL, changed by compare-and-set scripts ({@link dev.chanscope.room.redis.RedisRoomStore}),
 * and announcements over pub/sub, one channel per room ({@link dev.chanscope.room.redis.RedisRoomBus}).
 */
package dev.chanscope.room.redis;
