package dev.chanscope.lang.interp.exec;

import dev.chanscope.engine.RaceCell;
import dev.chanscope.lang.interp.rt.GoMap;

/**
 * Memory that goroutines share. A variable that may be shared (a package variable, a captured one)
 * or a map remembers the first goroutine that used it; only when another goroutine uses it does it
 * get race-detector state, and from then on every access is a scheduling point checked for races
 * (so a program pays only where sharing really happens). A map written by two goroutines without
 * synchronisation between them is Go's fatal "concurrent map writes".
 */
final class Shared {

    private Shared() {}

    static void mapAccess(Frame f, GoMap m, boolean write) {
        if (m.race == null) {
            m.race = new RaceCell("map");
        }
        int race = f.g.m.go.access(m.race, write, null);
        if (race != 0) {
            boolean twoWriters = write && race == 2;
            throw f.g.m.go.fatal(twoWriters ? "concurrent map writes" : "concurrent map read and map write", null);
        }
    }
}
