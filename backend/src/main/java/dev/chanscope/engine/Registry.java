package dev.chanscope.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a run has made, by id: goroutines (id 0 is the runtime) and objects (id 0 is none, or
 * nil), in the order they were made; and the lookups interventions use to find their targets by
 * name. Lists, never hash-based collections, so any walk over them is in creation order.
 */
final class Registry {

    private final List<Goroutine> goroutines = new ArrayList<>();
    private final List<SyncObject> objects = new ArrayList<>();

    Registry() {
        goroutines.add(null);
        objects.add(null);
    }

    /** The id the next goroutine gets; also how many have been started (main included). */
    int nextGoroutineId() {
        return goroutines.size();
    }

    void add(Goroutine g) {
        goroutines.add(g);
    }

    /** Registers an object and returns its id. */
    int add(SyncObject obj) {
        objects.add(obj);
        return objects.size() - 1;
    }

    /** Every goroutine by id; index 0 is null. */
    List<Goroutine> goroutines() {
        return goroutines;
    }

    /** Goroutines started and not yet finished. */
    int live() {
        int n = 0;
        for (Goroutine g : goroutines) {
            if (g != null && g.state != Goroutine.State.DONE) {
                n++;
            }
        }
        return n;
    }

    /** A goroutine by id written "#7" (any state), or the first live one with that name; else null. */
    Goroutine findGoroutine(String target) {
        if (target.startsWith("#")) {
            try {
                int id = Integer.parseInt(target.substring(1));
                return id > 0 && id < goroutines.size() ? goroutines.get(id) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        for (int i = 1; i < goroutines.size(); i++) {
            Goroutine g = goroutines.get(i);
            if (g.name.equals(target) && g.state != Goroutine.State.DONE) {
                return g;
            }
        }
        return null;
    }

    /** The first object of {@code type} named {@code name}, or null. */
    <T extends SyncObject> T findObject(Class<T> type, String name) {
        for (int i = 1; i < objects.size(); i++) {
            SyncObject o = objects.get(i);
            if (type.isInstance(o) && o.name.equals(name)) {
                return type.cast(o);
            }
        }
        return null;
    }
}
