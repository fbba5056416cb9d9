package dev.chanscope.lang.interp.exec;

import dev.chanscope.engine.RaceCell;
import dev.chanscope.lang.interp.rt.Cell;
import dev.chanscope.lang.interp.rt.GoMap;
import dev.chanscope.lang.interp.rt.StructVal;

/**
 * Memory that goroutines share: package variables, captured and address-taken variables (cells),
 * struct fields, maps. Each remembers the first goroutine that used it and, for that owner's last
 * write, its happens-before epoch and line; only when another goroutine uses it does it become
 * shared (owner -1) and get race-detector state, seeded with the owner's last write (so two
 * goroutines that each write once still race). From then on every write is checked for races and
 * is a scheduling point (so {@code n++} from two goroutines can lose updates, as it does in Go), and
 * once it has been written so, every read is checked too. Until then a read costs one comparison
 * and a write also notes the epoch: a variable goroutines only read (a channel they all use) never
 * gets race-detector state. A struct remembers only its last written field. Slice elements are not
 * tracked.
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
            if (write) {
                c.writeEpoch = f.g.m.go.epoch();
                c.writeLabel = label;
            }
            return;
        }
        if (owner == 0) {
            c.owner = g;
            if (write) {
                c.writeEpoch = f.g.m.go.epoch();
                c.writeLabel = label;
            }
            return;
        }
        c.owner = SHARED;
        if (c.race == null) {
            if (!write && c.writeEpoch == 0) {
                return;
            }
            c.race = new RaceCell(name);
            if (owner != SHARED) {
                f.g.m.go.seedWrite(c.race, owner, c.writeEpoch, c.writeLabel);
            }
        }
        check(f, c.race, write, label);
    }

    /** Notes an access to field {@code i} of a struct. */
    public static void field(Frame f, StructVal s, int i, boolean write, String label) {
        int g = f.g.id;
        int owner = s.owner;
        if (owner == g || owner == 0) {
            s.owner = g;
            if (write) {
                s.writeField = i;
                s.writeEpoch = f.g.m.go.epoch();
                s.writeLabel = label;
            }
            return;
        }
        s.owner = SHARED;
        boolean seeded = owner != SHARED && s.writeField == i && s.writeEpoch != 0;
        if (!write && !seeded && (s.races == null || s.races[i] == null)) {
            return;
        }
        if (s.races == null) {
            s.races = new RaceCell[s.f.length];
        }
        if (s.races[i] == null) {
            s.races[i] = new RaceCell(s.type.fields()[i].name());
            if (seeded) {
                f.g.m.go.seedWrite(s.races[i], owner, s.writeEpoch, s.writeLabel);
            }
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

    static void mapAccess(Frame f, GoMap m, boolean write, String label) {
        if (m.race == null) {
            m.race = new RaceCell("map");
        }
        int race = f.g.m.go.access(m.race, write, label);
        if (race != 0) {
            boolean twoWriters = write && race == 2;
            throw f.g.m.go.fatal(twoWriters ? "concurrent map writes" : "concurrent map read and map write", label);
        }
    }
}
