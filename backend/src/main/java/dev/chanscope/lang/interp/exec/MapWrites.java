package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.GoMap;

/**
 * Go's detection of unsynchronised map use ("fatal error: concurrent map writes"): a map remembers
 * the goroutine that last wrote it; a write or read by another goroutine is checked by the engine's
 * race detector, and a race involving a write is fatal, as Go's runtime makes it.
 */
final class MapWrites {

    private MapWrites() {}

    /** A write at {@code label} (the source line race reports quote; null when not known). */
    static void write(Frame f, GoMap m, String label) {
        int g = f.g.id;
        if (m.writer == 0) {
            m.writer = g;
        } else if (m.writer != g) {
            Shared.mapAccess(f, m, true, label);
        }
    }

    static void read(Frame f, GoMap m, String label) {
        if (m.writer != 0 && m.writer != f.g.id) {
            Shared.mapAccess(f, m, false, label);
        }
    }
}
