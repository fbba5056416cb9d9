package dev.chanscope.room.redis;

import dev.chanscope.room.RoomBus;
import dev.chanscope.room.RoomStoreUnavailable;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisException;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Announcements over Redis pub/sub, one channel per room ({@code chanscope:room:{K7Q-2MX}}). An
 * instance subscribes a room's channel while it has sockets of that room. Messages are delivered on
 * the pub/sub connection's thread in the order Redis sent them.
 *
 * <p>Pub/sub is fire-and-forget: while the connection to Redis is down, announcements are lost. So
 * when it drops, the instance is told ({@link #onLost}) and closes its room sockets; clients
 * reconnect and read the room from the store, which is the source of truth.
 */
public final class RedisRoomBus implements RoomBus, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisRoomBus.class);

    private final StringRedisTemplate redis;
    private final RedisClient client;
    private final io.lettuce.core.RedisURI uri;
    private volatile StatefulRedisPubSubConnection<String, String> pubsub;
    private final Map<String, Consumer<Announcement>> listeners = new ConcurrentHashMap<>();
    private final List<Runnable> lost = new CopyOnWriteArrayList<>();
    private volatile boolean closing;

    public RedisRoomBus(StringRedisTemplate redis, RedisClient client, io.lettuce.core.RedisURI uri) {
        this.redis = redis;
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
                // Only the subscriber's connection matters: commands borrow and close connections of
                // their own all the time, and a lost command fails where it was sent.
                if (connection != pubsub || closing) {
                    return;
                }
                log.warn("connection to Redis lost; closing room sockets so their clients re-read the rooms");
                lost.forEach(Runnable::run);
            }
        });
        this.client = client;
        this.uri = uri;
    }

    /**
     * The subscriber connection, opened on first use: an instance starts whether or not Redis is up,
     * and answers {@code store-unavailable} until it is. Lettuce reconnects it (and resubscribes its
     * channels) after that.
     */
    private synchronized StatefulRedisPubSubConnection<String, String> connection() {
        if (pubsub == null) {
            try {
                StatefulRedisPubSubConnection<String, String> c = client.connectPubSub(uri);
                c.addListener(new RedisPubSubAdapter<>() {
                    @Override
                    public void message(String channel, String message) {
                        deliver(channel, message);
                    }
                });
                pubsub = c;
            } catch (RedisException e) {
                throw new RoomStoreUnavailable("Redis: " + e.getMessage(), e);
            }
        }
        return pubsub;
    }

    static String channel(String code) {
        return RedisRoomStore.roomKey(code);
    }

    @Override
    public void publish(String code, Announcement a) {
        String message = a.kind() + "\n" + a.rev() + "\n" + a.frame();
        try {
            redis.convertAndSend(channel(code), message);
        } catch (DataAccessException | RedisException e) {
            throw new RoomStoreUnavailable("Redis: " + e.getMessage(), e);
        }
    }

    @Override
    public void subscribe(String code, Consumer<Announcement> listener) {
        listeners.put(code, listener);
        try {
            connection().sync().subscribe(channel(code)); // returns once Redis confirmed the subscription
        } catch (RedisException e) {
            listeners.remove(code);
            throw new RoomStoreUnavailable("Redis: " + e.getMessage(), e);
        }
    }

    @Override
    public void unsubscribe(String code) {
        listeners.remove(code);
        StatefulRedisPubSubConnection<String, String> c = pubsub;
        if (c != null) {
            c.async().unsubscribe(channel(code));
        }
    }

    @Override
    public void onLost(Runnable action) {
        lost.add(action);
    }

    private void deliver(String channel, String message) {
        String code = channel.substring(channel.indexOf('{') + 1, channel.lastIndexOf('}'));
        Consumer<Announcement> l = listeners.get(code);
        if (l == null) {
            return;
        }
        int a = message.indexOf('\n');
        int b = message.indexOf('\n', a + 1);
        if (a < 0 || b < 0) {
            log.debug("ignoring a malformed room message on {}", channel);
            return;
        }
        l.accept(new Announcement(
                message.substring(0, a), Long.parseLong(message.substring(a + 1, b)), message.substring(b + 1)));
    }

    @Override
    public void close() {
        closing = true;
        StatefulRedisPubSubConnection<String, String> c = pubsub;
        if (c != null) {
            c.close();
        }
    }
}
