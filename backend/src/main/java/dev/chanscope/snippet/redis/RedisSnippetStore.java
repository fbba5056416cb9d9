package dev.chanscope.snippet.redis;

import dev.chanscope.snippet.SnippetDamaged;
import dev.chanscope.snippet.SnippetId;
import dev.chanscope.snippet.SnippetStore;
import dev.chanscope.snippet.SnippetStoreFull;
import dev.chanscope.snippet.SnippetStoreUnavailable;
import dev.chanscope.snippet.SnippetText;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Snippets in Redis, shared by every instance:
 *
 * <pre>
 * chanscope:snippet:&lt;id&gt;     string  the text (no TTL: a snippet lasts as long as the Redis data)
 * chanscope:snippets:bytes   string  bytes of snippet text held, counted against the total size
 * </pre>
 *
 * One script stores a text and counts its bytes only if the id is free and the total has room, so
 * writers on any number of instances never replace a snippet or pass the total. The keys of one call
 * are not in one hash slot: a standalone Redis, as for rooms.
 */
public final class RedisSnippetStore implements SnippetStore {

    static final String PREFIX = "chanscope:snippet:";
    static final String BYTES = "chanscope:snippets:bytes";

    /** 0 stored, 1 already stored, 2 taken by another text, -n full with n bytes used. */
    private static final RedisScript<Long> PUT = RedisScript.of("""
            local current = redis.call('GET', KEYS[1])
            if current then
              if current == ARGV[1] then return 1 end
              return 2
            end
            local used = tonumber(redis.call('GET', KEYS[2]) or '0')
            if used + #ARGV[1] > tonumber(ARGV[2]) then return -1 - used end
            redis.call('SET', KEYS[1], ARGV[1])
            redis.call('INCRBY', KEYS[2], #ARGV[1])
            return 0""", Long.class);

    private final StringRedisTemplate redis;
    private final long maxBytes;

    public RedisSnippetStore(StringRedisTemplate redis, long maxBytes) {
        this.redis = redis;
        this.maxBytes = maxBytes;
    }

    @Override
    public Put put(String id, String text) {
        Long r = call(() -> redis.execute(PUT, List.of(PREFIX + id, BYTES), text, Long.toString(maxBytes)));
        if (r == null) {
            throw new SnippetStoreUnavailable("Redis gave no answer to storing a snippet", null);
        }
        if (r < 0) {
            throw new SnippetStoreFull(-1 - r, maxBytes, SnippetText.utf8Length(text));
        }
        return switch (r.intValue()) {
            case 0 -> Put.STORED;
            case 1 -> Put.ALREADY_STORED;
            default -> Put.TAKEN;
        };
    }

    @Override
    public Optional<String> get(String id) {
        String text = call(() -> redis.opsForValue().get(PREFIX + id));
        if (text != null && !SnippetId.names(id, text)) {
            throw new SnippetDamaged(id, "Redis key " + PREFIX + id);
        }
        return Optional.ofNullable(text);
    }

    @Override
    public long usedBytes() {
        String n = call(() -> redis.opsForValue().get(BYTES));
        return n == null ? 0 : Long.parseLong(n);
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    private static <T> T call(Supplier<T> command) {
        try {
            return command.get();
        } catch (DataAccessException e) {
            throw new SnippetStoreUnavailable("the snippet store (Redis) cannot be reached: " + e.getMessage(), e);
        }
    }
}
