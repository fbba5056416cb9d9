package dev.chanscope.bench;

import dev.chanscope.testkit.RedisServer;
import dev.chanscope.testkit.RoomClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Rooms under load (docs/BENCHMARKS.md, "Classroom rooms"): a real Redis and two app instances
 * ({@link StreamServer} in JVMs of their own, {@code chanscope.rooms.store=redis}) on loopback, and
 * room clients ({@link RoomClient}) in this JVM, half on each instance.
 *
 * <ol>
 *   <li>one room, N followers, the teacher on instance A: the teacher moves the playhead, waits until
 *       every follower has the change, and moves it again (a closed loop, so a step's latency is not
 *       queueing behind the previous one): teacher action → follower receives, p50/p99, split by the
 *       follower's instance; server heap per follower; server CPU per 1,000 frames fanned out;
 *   <li>R rooms × S students at once, every teacher doing the same in parallel.
 * </ol>
 *
 * Usage: {@code backend/bench/room-load.sh [followers=500] [actions=200] [rooms=50] [students=30]}.
 */
public final class RoomLoad {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int WARMUP_ACTIONS = 100;

    private RoomLoad() {}

    public static void main(String[] args) throws Exception {
        int followers = arg(args, 0, 500);
        int actions = arg(args, 1, 200);
        int rooms = arg(args, 2, 50);
        int students = arg(args, 3, 30);
        double loadBefore = load();
        try (RedisServer redis = RedisServer.start(Path.of("target", "room-load", "redis"), false);
                ServerProcess a = ServerProcess.launch(serverArgs(redis.port()));
                ServerProcess b = ServerProcess.launch(serverArgs(redis.port()));
                HttpClient http = HttpClient.newHttpClient()) {
            URI ua = URI.create("http://127.0.0.1:" + a.port);
            URI ub = URI.create("http://127.0.0.1:" + b.port);
            long heapBefore = heap(a) + heap(b);

            Measure one = new Measure(actions + WARMUP_ACTIONS, followers);
            RoomClient.Created room = RoomClient.create(http, ua, "?s=worker-pool");
            List<RoomClient> clients = new ArrayList<>();
            for (int i = 0; i < followers; i++) {
                clients.add(RoomClient.student(http, List.of(i % 2 == 0 ? ua : ub), room.code(), one.receiver(i % 2)));
            }
            for (RoomClient c : clients) {
                c.await("welcome", WAIT, RoomClient.type("welcome"));
            }
            long heapPerFollower = (heap(a) + heap(b) - heapBefore) / followers;
            RoomClient teacher = RoomClient.teacher(http, List.of(ua), room.code(), room.teacherKey(), null);
            teacher.await("welcome", WAIT, RoomClient.type("welcome"));
            one.drive(teacher, 0, WARMUP_ACTIONS);
            long[] cpu0 = {cpu(a), cpu(b)};
            one.drive(teacher, WARMUP_ACTIONS, actions);
            long cpuNanos = cpu(a) - cpu0[0] + cpu(b) - cpu0[1];
            double framesThousands = (double) actions * followers / 1000;

            teacher.close();
            clients.forEach(RoomClient::close);

            int roomActions = Math.max(1, actions / 10);
            List<Measure> many = new ArrayList<>();
            List<Thread> drivers = new ArrayList<>();
            List<RoomClient> classes = new ArrayList<>();
            for (int r = 0; r < rooms; r++) {
                RoomClient.Created c = RoomClient.create(http, r % 2 == 0 ? ua : ub, "?s=pipeline&seed=" + r);
                URI home = r % 2 == 0 ? ua : ub;
                RoomClient t = RoomClient.teacher(http, List.of(home), c.code(), c.teacherKey(), null);
                classes.add(t);
                Measure m = new Measure(roomActions, students);
                many.add(m);
                for (int s = 0; s < students; s++) {
                    URI at = s % 2 == 0 ? ua : ub;
                    classes.add(RoomClient.student(http, List.of(at), c.code(), m.receiver(at.equals(home) ? 0 : 1)));
                }
                drivers.add(Thread.ofPlatform().unstarted(() -> m.drive(t, 0, roomActions)));
            }
            for (RoomClient c : classes) {
                c.await("welcome", WAIT, RoomClient.type("welcome"));
            }
            long manyCpu0 = cpu(a) + cpu(b);
            drivers.forEach(Thread::start);
            for (Thread t : drivers) {
                t.join(WAIT.toMillis() * 4);
            }
            long manyCpu = cpu(a) + cpu(b) - manyCpu0;
            classes.forEach(RoomClient::close);

            System.out.printf(
                    Locale.ROOT,
                    "== room-load summary, %s, load average before: %.2f, after: %.2f ==%n",
                    Instant.now(),
                    loadBefore,
                    load());
            System.out.printf(
                    Locale.ROOT,
                    "one room, %d followers (half on each instance), %d teacher actions after %d warm-up:%n",
                    followers,
                    actions,
                    WARMUP_ACTIONS);
            System.out.println(
                    "  action -> follower receives, all:             " + summary(List.of(one), WARMUP_ACTIONS, -1));
            System.out.println(
                    "  followers on the teacher's instance:          " + summary(List.of(one), WARMUP_ACTIONS, 0));
            System.out.println(
                    "  followers on the other instance (via Redis):  " + summary(List.of(one), WARMUP_ACTIONS, 1));
            System.out.printf(
                    Locale.ROOT,
                    "  server heap per follower (both JVMs, after full GCs): %.1f KiB%n",
                    heapPerFollower / 1024.0);
            System.out.printf(
                    Locale.ROOT,
                    "  server CPU per 1,000 frames fanned out (both JVMs): %.2f ms%n",
                    cpuNanos / 1e6 / framesThousands);
            System.out.printf(
                    Locale.ROOT,
                    "%d rooms x %d students at once, %d actions per teacher:%n",
                    rooms,
                    students,
                    roomActions);
            System.out.println("  action -> student receives:                   " + summary(many, 0, -1));
            System.out.printf(
                    Locale.ROOT,
                    "  server CPU per 1,000 frames fanned out (both JVMs): %.2f ms%n",
                    manyCpu / 1e6 / ((double) rooms * students * roomActions / 1000));
        }
        System.exit(0);
    }

    /**
     * One room's actions: when each was sent, and each receiver's latency for it. An action is done
     * when every receiver has it; only then is the next one sent.
     */
    private static final class Measure {
        final AtomicLongArray sent;
        final CountDownLatch[] done;
        final long[][] latency; // [action][sample]
        final byte[][] instance;
        final AtomicInteger[] filled;

        Measure(int actions, int receivers) {
            sent = new AtomicLongArray(actions + 1);
            done = new CountDownLatch[actions + 1];
            latency = new long[actions + 1][receivers];
            instance = new byte[actions + 1][receivers];
            filled = new AtomicInteger[actions + 1];
            for (int i = 0; i <= actions; i++) {
                done[i] = new CountDownLatch(receivers);
                filled[i] = new AtomicInteger();
            }
        }

        /** Actions {@code from+1 .. from+count}: each moves the playhead to t = its number. */
        void drive(RoomClient teacher, int from, int count) {
            try {
                for (int k = from + 1; k <= from + count; k++) {
                    sent.set(k, System.nanoTime());
                    teacher.send(Map.of("type", "state", "link", "?s=worker-pool&t=" + k));
                    if (!done[k].await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                        throw new IllegalStateException("action " + k + " reached only "
                                + (latency[k].length - done[k].getCount()) + " of " + latency[k].length + " receivers");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** A receiver on instance {@code parity} (0: the teacher's, 1: the other). */
        java.util.function.Consumer<RoomClient.Frame> receiver(int parity) {
            return f -> {
                if (!f.type().equals("state")) {
                    return;
                }
                String link = f.json().path("link").asString();
                int k = Integer.parseInt(link.substring(link.lastIndexOf("t=") + 2));
                int i = filled[k].getAndIncrement();
                if (i < latency[k].length) {
                    latency[k][i] = f.at() - sent.get(k);
                    instance[k][i] = (byte) parity;
                    done[k].countDown();
                }
            };
        }
    }

    /** p50, p99 and max over actions after {@code skip}, of receivers on instance {@code parity} (-1: all). */
    private static String summary(List<Measure> measures, int skip, int parity) {
        List<Long> all = new ArrayList<>();
        for (Measure m : measures) {
            for (int k = skip + 1; k < m.latency.length; k++) {
                int n = Math.min(m.filled[k].get(), m.latency[k].length);
                for (int i = 0; i < n; i++) {
                    if (parity < 0 || m.instance[k][i] == parity) {
                        all.add(m.latency[k][i]);
                    }
                }
            }
        }
        long[] s = all.stream().mapToLong(Long::longValue).sorted().toArray();
        if (s.length == 0) {
            return "no samples";
        }
        return String.format(
                Locale.ROOT,
                "n=%d p50 %.2f ms, p99 %.2f ms, max %.2f ms",
                s.length,
                pct(s, 0.50) / 1e6,
                pct(s, 0.99) / 1e6,
                s[s.length - 1] / 1e6);
    }

    private static long pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static List<String> serverArgs(int redisPort) {
        return List.of(
                "--chanscope.warmup.enabled=false",
                "--chanscope.rooms.store=redis",
                "--spring.data.redis.host=127.0.0.1",
                "--spring.data.redis.port=" + redisPort,
                "--chanscope.rooms.max-members=5000",
                "--chanscope.rooms.joins-per-minute=1000000",
                "--chanscope.rooms.creates-per-hour=1000000",
                "--chanscope.rooms.create-burst=100000",
                "--chanscope.rooms.teacher-messages-per-second=10000");
    }

    private static long heap(ServerProcess s) throws Exception {
        return Long.parseLong(s.command("heap", "heap"));
    }

    private static long cpu(ServerProcess s) throws Exception {
        return Long.parseLong(s.command("stats", "stats").split(" ")[0]);
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static int arg(String[] args, int i, int def) {
        return args.length > i ? Integer.parseInt(args[i]) : def;
    }
}
