package dev.chanscope.room.redis;

import dev.chanscope.room.Presence;
import dev.chanscope.room.Question;
import dev.chanscope.room.Room;
import dev.chanscope.room.RoomStore;
import dev.chanscope.room.RoomStoreUnavailable;
import dev.chanscope.room.Tally;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Rooms in Redis, shared by every instance. Per room (the braces keep a room's keys in one slot):
 *
 * <pre>
 * chanscope:room:{K7Q-2MX}          hash  key, link, compare, playing, speed, rev, updatedAt, q, qid, qrevealed
 * chanscope:room:{K7Q-2MX}:answers  hash  member → option (answers to the current question only)
 * chanscope:room:{K7Q-2MX}:seats    hash  member → "instance seat a|d"
 * chanscope:instance:&lt;id&gt;            string with a TTL: this instance's presence lease
 * </pre>
 *
 * Every key of a room expires after the idle timeout; each change, answer and keep-alive pushes that
 * back. Changes are compare-and-set on {@code rev} in a script, so two writers never interleave; an
 * answer is checked against the current question in the same script that stores it.
 */
public final class RedisRoomStore implements RoomStore {

    private static final String PREFIX = "chanscope:room:{";

    private static final RedisScript<Long> CREATE = RedisScript.of("""
            if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            redis.call('HSET', KEYS[1], unpack(ARGV, 2))
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return 1""", Long.class);

    private static final RedisScript<Long> REPLACE = RedisScript.of("""
            if redis.call('HGET', KEYS[1], 'rev') ~= ARGV[2] then return 0 end
            if ARGV[3] == '1' then redis.call('DEL', KEYS[3]) end
            redis.call('HSET', KEYS[1], unpack(ARGV, 4))
            for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], ARGV[1]) end
            return 1""", Long.class);

    private static final RedisScript<String> ANSWER = RedisScript.of("""
            if redis.call('EXISTS', KEYS[1]) == 0 then return 'NO_ROOM' end
            if redis.call('HGET', KEYS[1], 'qid') ~= ARGV[2] then return 'NO_QUESTION' end
            if redis.call('HGET', KEYS[1], 'qrevealed') == '1' then return 'REVEALED' end
            redis.call('HSET', KEYS[2], ARGV[3], ARGV[4])
            redis.call('PEXPIRE', KEYS[2], ARGV[1])
            return 'ACCEPTED'""", String.class);

    private static final RedisScript<Long> UNSEAT = RedisScript.of("""
            local v = redis.call('HGET', KEYS[1], ARGV[1])
            if v and string.sub(v, 1, #ARGV[2]) == ARGV[2] then return redis.call('HDEL', KEYS[1], ARGV[1]) end
            return 0""", Long.class);

    private final StringRedisTemplate redis;
    private final String instance;
    private final String ttl;
    private final Duration lease;

    /**
     * @param instance this instance's id, unique among the instances sharing the Redis
     * @param lease how long this instance's members count after it stops refreshing
     */
    public RedisRoomStore(StringRedisTemplate redis, String instance, Duration idleTimeout, Duration lease) {
        this.redis = redis;
        this.instance = instance;
        this.ttl = Long.toString(idleTimeout.toMillis());
        this.lease = lease;
    }

    static String roomKey(String code) {
        return PREFIX + code + "}";
    }

    @Override
    public Created create(Room room) {
        List<String> args = new ArrayList<>();
        args.add(ttl);
        args.addAll(RoomHash.write(room));
        Long created = call(() -> redis.execute(CREATE, List.of(roomKey(room.code())), args.toArray()));
        return created != null && created == 1 ? Created.CREATED : Created.CODE_TAKEN;
    }

    @Override
    public Optional<Room> find(String code) {
        Map<Object, Object> h = call(() -> redis.opsForHash().entries(roomKey(code)));
        return h == null || h.isEmpty() ? Optional.empty() : Optional.of(RoomHash.read(code, h));
    }

    @Override
    public boolean replace(Room expected, Room next) {
        String code = expected.code();
        List<String> args = new ArrayList<>();
        args.add(ttl);
        args.add(Long.toString(expected.rev()));
        args.add(questionChanged(expected.question(), next.question()) ? "1" : "0");
        args.addAll(RoomHash.write(next));
        Long ok = call(() -> redis.execute(REPLACE, keys(code), args.toArray()));
        return ok != null && ok == 1;
    }

    private static boolean questionChanged(Question before, Question after) {
        String a = before == null ? "" : before.id();
        String b = after == null ? "" : after.id();
        return !a.equals(b);
    }

    @Override
    public void delete(String code) {
        call(() -> redis.delete(keys(code)));
    }

    @Override
    public Answered answer(String code, String questionId, String member, int option) {
        String r = call(() -> redis.execute(
                ANSWER,
                List.of(roomKey(code), roomKey(code) + ":answers"),
                ttl,
                questionId,
                member,
                Integer.toString(option)));
        return Answered.valueOf(r);
    }

    @Override
    public Tally tally(String code, Question question) {
        List<Object> values = call(() -> redis.opsForHash().values(roomKey(code) + ":answers"));
        List<Integer> choices = new ArrayList<>();
        for (Object v : values == null ? List.of() : values) {
            choices.add(Integer.parseInt((String) v));
        }
        return Tally.of(question.id(), question.options().size(), choices);
    }

    @Override
    public void seat(String code, String member, String seat, boolean detached) {
        String key = roomKey(code) + ":seats";
        call(() -> {
            redis.opsForHash().put(key, member, instance + " " + seat + " " + (detached ? "d" : "a"));
            return redis.expire(key, Duration.ofMillis(Long.parseLong(ttl)));
        });
    }

    @Override
    public void unseat(String code, String member, String seat) {
        call(() -> redis.execute(UNSEAT, List.of(roomKey(code) + ":seats"), member, instance + " " + seat + " "));
    }

    /**
     * Counts seats whose instance still holds its lease; seats of instances that died are removed on
     * the way (their members have reconnected elsewhere, or left).
     */
    @Override
    public Presence presence(String code) {
        String key = roomKey(code) + ":seats";
        Map<Object, Object> seats = call(() -> redis.opsForHash().entries(key));
        Map<String, Boolean> alive = new HashMap<>();
        List<Object> dead = new ArrayList<>();
        int members = 0;
        int detached = 0;
        for (Map.Entry<Object, Object> e : seats.entrySet()) {
            String[] v = ((String) e.getValue()).split(" ");
            boolean live = alive.computeIfAbsent(
                    v[0], id -> id.equals(instance) || Boolean.TRUE.equals(call(() -> redis.hasKey(leaseKey(id)))));
            if (!live) {
                dead.add(e.getKey());
                continue;
            }
            members++;
            if (v.length > 2 && v[2].equals("d")) {
                detached++;
            }
        }
        if (!dead.isEmpty()) {
            call(() -> redis.opsForHash().delete(key, dead.toArray()));
        }
        return new Presence(members, detached);
    }

    @Override
    public void keepAlive(Collection<String> codes) {
        call(() -> {
            redis.opsForValue().set(leaseKey(instance), "1", lease);
            Duration idle = Duration.ofMillis(Long.parseLong(ttl));
            redis.executePipelined((org.springframework.data.redis.core.RedisCallback<Object>) c -> {
                for (String code : codes) {
                    for (String k : keys(code)) {
                        c.keyCommands().pExpire(k.getBytes(java.nio.charset.StandardCharsets.UTF_8), idle.toMillis());
                    }
                }
                return null;
            });
            return null;
        });
    }

    private static String leaseKey(String id) {
        return "chanscope:instance:" + id;
    }

    private static List<String> keys(String code) {
        String k = roomKey(code);
        return List.of(k, k + ":seats", k + ":answers");
    }

    private static <T> T call(Supplier<T> op) {
        try {
            return op.get();
        } catch (DataAccessException | io.lettuce.core.RedisException e) {
            throw new RoomStoreUnavailable("Redis: " + e.getMessage(), e);
        }
    }
}
