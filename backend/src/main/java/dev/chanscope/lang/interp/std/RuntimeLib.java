package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.PanicException;
import dev.chanscope.lang.interp.rt.StructVal;

/** runtime: Gosched, GOMAXPROCS, NumGoroutine, NumCPU, GC, Goexit, Version, ReadMemStats (simulated). */
final class RuntimeLib {

    private RuntimeLib() {}

    static void register(Natives.Registry r) {
        r.fn("runtime.Gosched", (g, a) -> {
            g.m.go.sleep(0, g.label());
            return null;
        });
        r.fn("runtime.GOMAXPROCS", (g, a) -> {
            long n = Args.i(a[0]);
            if (n < 1) {
                return (long) g.m.go.gomaxprocs();
            }
            return (long) g.m.go.setGomaxprocs((int) Math.min(n, 64));
        });
        r.fn("runtime.NumGoroutine", (g, a) -> (long) g.m.go.numGoroutine());
        r.fn("runtime.NumCPU", (g, a) -> 8L);
        r.fn("runtime.GC", (g, a) -> {
            g.m.gcCount++;
            g.m.go.sleep(0, g.label());
            return null;
        });
        r.fn("runtime.Goexit", (g, a) -> {
            throw PanicException.goexit();
        });
        r.fn("runtime.Version", (g, a) -> "go1.19");
        r.fn("runtime.ReadMemStats", (g, a) -> {
            StructVal s = Args.struct(a[0]);
            long alloc = g.m.allocated;
            // Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees, HeapAlloc, HeapSys, HeapIdle, HeapInuse,
            // HeapReleased, HeapObjects, StackInuse, StackSys, NextGC, LastGC, PauseTotalNs, NumGC,
            // NumForcedGC, GCCPUFraction
            long sys = Math.max(alloc, 1 << 22) + (1 << 21);
            Object[] f = s.f;
            set(f, 0, alloc);
            set(f, 1, alloc);
            set(f, 2, sys);
            set(f, 4, g.m.allocations);
            set(f, 6, alloc);
            set(f, 7, sys);
            set(f, 9, alloc);
            set(f, 11, g.m.allocations);
            set(f, 12, 32_768L * g.m.goroutines);
            set(f, 14, Math.max(4L << 20, 2 * alloc));
            set(f, 17, (long) g.m.gcCount);
            set(f, 18, (long) g.m.gcCount);
            return null;
        });
    }

    private static void set(Object[] f, int i, long v) {
        if (i < f.length && f[i] instanceof Long) {
            f[i] = v & (i == 17 || i == 18 ? 0xFFFF_FFFFL : -1L);
        }
    }
}
