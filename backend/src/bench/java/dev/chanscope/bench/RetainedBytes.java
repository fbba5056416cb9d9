package dev.chanscope.bench;

import dev.chanscope.engine.Engine;
import dev.chanscope.engine.RunConfig;
import dev.chanscope.engine.RunResult;
import dev.chanscope.engine.event.Event;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Locale;

/**
 * Retained bytes per event for one large run of each workload (not a JMH benchmark: it measures size,
 * not speed). Run it with {@code -XX:+UseSerialGC} so that {@code System.gc()} is a full, compacting,
 * stop-the-world collection and the heap figures are exact:
 *
 * <ol>
 *   <li><b>encoded</b>: the run's whole stream encoded by the live sink into one {@code ByteBuf}; bytes per
 *       event = {@code ByteBuf.size() / events} (exact), and the buffer's capacity per event (what the
 *       doubling growth actually holds on to);
 *   <li><b>records</b>: the heap that keeping every {@code Event} record in an {@code ArrayList} retains,
 *       as heap used after a full GC with the list reachable minus heap used after a full GC once it is
 *       dropped (see {@link #recordHeap}); the list is trimmed, so its slack is not counted.
 * </ol>
 *
 * Usage: {@code java --add-exports=java.base/jdk.internal.vm=ALL-UNNAMED -XX:+UseSerialGC -Xmx4g -cp ...
 * dev.chanscope.bench.RetainedBytes [scale]}; scale multiplies the run sizes (default 10, i.e. about two
 * million events per run; fan-out stays at 10,000 goroutines, its size in the throughput benchmark).
 */
public final class RetainedBytes {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        RunConfig config = EngineThroughput.liveConfig(true);
        System.out.printf(
                Locale.ROOT,
                "RETAINED_HEADER workload n events encoded_bytes_per_event bytebuf_capacity_per_event record_heap_bytes_per_event%n");
        for (Workload w : Workload.values()) {
            int n = w == Workload.FANOUT ? w.defaultN : w.defaultN * scale;
            // Separate methods, so nothing one measurement keeps is still referenced by a local variable slot
            // when the next one takes its "before" figure.
            long[] encoded = encoded(w, n, config);
            double records = recordHeap(w, n, config);
            System.out.printf(
                    Locale.ROOT,
                    "RETAINED %s %d %d %.2f %.2f %.1f%n",
                    w,
                    n,
                    encoded[0],
                    (double) encoded[1] / encoded[0],
                    (double) encoded[2] / encoded[0],
                    records);
        }
    }

    /** Events, encoded size and buffer capacity of the whole stream kept in one ByteBuf. */
    private static long[] encoded(Workload w, int n, RunConfig config) {
        LiveSink sink = new LiveSink(true);
        RunResult r = Engine.run(w.program(n), config, sink);
        EngineThroughput.check(r);
        return new long[] {r.events(), sink.buffer().size(), sink.buffer().array().length};
    }

    /**
     * Heap retained per event by keeping every Event record in a (trimmed) ArrayList: heap used after a
     * full GC while the list is reachable, minus heap used after a full GC once it is not. The sink
     * reaches the list through a holder that is emptied after the run, so whatever else may still
     * reference the finished run (the JDK can keep the last continuation of a thread reachable until the
     * next one runs) does not keep the list alive.
     */
    private static double recordHeap(Workload w, int n, RunConfig config) {
        long[] withList = runKeepingRecords(w, n, config);
        long without = usedAfterFullGc();
        if (System.getenv("RB_DEBUG") != null) {
            System.err.printf("%s with=%dM without=%dM%n", w, withList[0] >> 20, without >> 20);
        }
        return (double) (withList[0] - without) / withList[1];
    }

    private static long[] runKeepingRecords(Workload w, int n, RunConfig config) {
        ArrayList<Event>[] holder = new ArrayList[] {new ArrayList<Event>()};
        RunResult r = Engine.run(w.program(n), config, e -> holder[0].add(e));
        EngineThroughput.check(r);
        ArrayList<Event> list = holder[0];
        holder[0] = null;
        list.trimToSize();
        long with = usedAfterFullGc();
        Reference.reachabilityFence(list);
        return new long[] {with, list.size()};
    }

    private static long usedAfterFullGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }
}
