package dev.chanscope.scenario.library;

import dev.chanscope.engine.event.Event;
import dev.chanscope.scenario.ScenarioTraces.Trace;

/** Looks things up in a scenario trace by the names the program gave them. */
final class TraceLookups {

    private TraceLookups() {}

    /** The id of the goroutine started with {@code name}. */
    static int goroutine(Trace t, String name) {
        return t.all(Event.GoCreate.class).stream()
                .filter(c -> c.name().equals(name))
                .mapToInt(Event.GoCreate::g)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no goroutine " + name + "; " + t.why()));
    }

    /** The id of the object (channel, lock, variable…) made with {@code name}. */
    static int object(Trace t, String name) {
        return t.all(Event.ObjDefine.class).stream()
                .filter(d -> d.name().equals(name))
                .mapToInt(Event.ObjDefine::obj)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no object " + name + "; " + t.why()));
    }

    /** The most items channel {@code name} held in its buffer at once. */
    static int maxOccupancy(Trace t, String name) {
        int id = object(t, name);
        int now = 0;
        int max = 0;
        for (Event e : t.events()) {
            if (e instanceof Event.ChanBuffer b && b.obj() == id) {
                max = Math.max(max, ++now);
            } else if (e instanceof Event.ChanRecv r && r.obj() == id) {
                now--;
            }
        }
        return max;
    }
}
