package dev.chanscope.room;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code burst} actions at once, then {@code perMinute} a
 * minute. Bounded memory: past {@link #MAX_CLIENTS} tracked clients, those whose buckets are full
 * again (idle long enough to have forgotten them) are dropped.
 *
 * <p>Each instance counts its own clients; behind a load balancer with N instances a client gets at
 * most N times these rates (docs/protocol.md, "Room limits").
 */
public final class ClientLimiter {

    static final int MAX_CLIENTS = 50_000;

    private final double perNano;
    private final double burst;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;
    }

    public ClientLimiter(double perMinute, int burst, LongSupplier nanoTime) {
        this.perNano = perMinute / 60e9;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    /** Takes one token for {@code client}; false when it has none left. */
    public boolean tryTake(String client) {
        return take(client, true);
    }

    /** Whether {@code client} has a token, without taking it. */
    public boolean has(String client) {
        return take(client, false);
    }

    private boolean take(String client, boolean consume) {
        if (buckets.size() > MAX_CLIENTS) {
            forgetIdle();
        }
        Bucket b = buckets.computeIfAbsent(client, k -> {
            Bucket n = new Bucket();
            n.tokens = burst;
            n.at = nanoTime.getAsLong();
            return n;
        });
        synchronized (b) {
            refill(b, nanoTime.getAsLong());
            if (b.tokens < 1) {
                return false;
            }
            if (consume) {
                b.tokens -= 1;
            }
            return true;
        }
    }

    private void refill(Bucket b, long now) {
        b.tokens = Math.min(burst, b.tokens + (now - b.at) * perNano);
        b.at = now;
    }

    private void forgetIdle() {
        long now = nanoTime.getAsLong();
        buckets.values().removeIf(b -> {
            synchronized (b) {
                refill(b, now);
                return b.tokens >= burst;
            }
        });
    }
}
