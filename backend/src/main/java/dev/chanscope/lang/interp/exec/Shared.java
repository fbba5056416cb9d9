package dev.chanscope.lang.interp.exec;

import dev.chanscope.engine.RaceCell;
import dev.chanscope.lang.interp.rt.Cell;
import dev.chanscope.lang.interp.rt.GoMap;
import dev.chanscope.lang.interp.rt.StructVal;

/**
 * Memory that goroutines share: package variables, captured and address-taken variables (cells),
 * struct fields, maps. Each remembers the first goroutine that used it; only when another goroutine
 * uses it does it become shared (owner -1) and get race-detector state, and from then on every
 * write is checked for races and is a scheduling point (so {@code n++} from two goroutines can lose
 * updates, as it does in Go), and once it has been written so, every read is checked too. Until
 * then an access costs one comparison: a variable goroutines only read (a channel they all use)
 * never starts the race detector's clocks, which cost time with every goroutine. Slice elements
 * are not tracked.
 *
 * <p>A map written by two goroutines without synchronisation between them is Go's fatal
 * "concurrent map writes".
 */
public final class Shared {

    private static final int SHARED = -1;

    private Shared() {}

    /** Notes an access to a cell; {@code name} names it in race reports. */
    public static void cell(Frame f, Cell c, boolean write, String name, String label) {
        int g = f.g.id;
        int owner = c.owner;
        if (owner == g) {
            return;
        }
        if (owner == 0) {
            c.owner = g;
            return;
        }
        c.owner = SHARED;
        if (!write && c.race == null) {
            return;
        }
        if (c.race == null) {
            c.race = new RaceCell(name);
        }
        check(f, c.race, write, label);
    }

    /** Notes an access to field {@code i} of a struct. */
    public static void field(Frame f, StructVal s, int i, boolean write, String label) {
        int g = f.g.id;
        int owner = s.owner;
        if (owner == g) {
            return;
        }
        if (owner == 0) {
            s.owner = g;
            return;
        }
        s.owner = SHARED;
        if (!write && (s.races == null || s.races[i] == null)) {
            return;
        }
        if (s.races == null) {
            s.races = new RaceCell[s.f.length];
        }
        if (s.races[i] == null) {
            s.races[i] = new RaceCell(s.type.fields()[i].name());
        }
        check(f, s.races[i], write, label);
    }

    private static void check(Frame f, RaceCell race, boolean write, String label) {
        if (write) {
            f.g.m.go.access(race, true, label);
        } else {
            f.g.m.go.raceCheck(race, false, label);
        }
    }

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
