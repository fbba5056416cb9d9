package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.RType;

/**
 * switch statements. An expression switch's cases are compiled to conditions comparing with the tag
 * (held in a temporary), tried top to bottom, left to right; a type switch matches the dynamic type.
 * The chosen clause runs; {@code fallthrough} continues into the next one; break leaves the switch.
 */
public final class Switches {

    private Switches() {}

    static int finish(St[] bodies, int chosen, int label, Frame f) {
        for (int i = chosen; i < bodies.length; i++) {
            int c = bodies[i].exec(f);
            if (c == St.FALLTHROUGH) {
                continue;
            }
            if (c == St.BREAK || (label != 0 && c == St.breakTo(label))) {
                return St.NEXT;
            }
            return c;
        }
        return St.NEXT;
    }

    public static final class Expr extends St {
        final St tag;
        final Ex[][] conds;
        final St[] bodies;
        final int defaultIndex;
        final int label;

        /** {@code tag}: stores the tag in its temporary (null for a tagless switch). */
        public Expr(St tag, Ex[][] conds, St[] bodies, int defaultIndex, int label) {
            this.tag = tag;
            this.conds = conds;
            this.bodies = bodies;
            this.defaultIndex = defaultIndex;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            if (tag != null) {
                tag.exec(f);
            }
            int chosen = -1;
            outer:
            for (int i = 0; i < conds.length; i++) {
                for (Ex c : conds[i]) {
                    if (c.evalBool(f)) {
                        chosen = i;
                        break outer;
                    }
                }
            }
            if (chosen < 0) {
                chosen = defaultIndex;
            }
            if (chosen < 0) {
                return NEXT;
            }
            return finish(bodies, chosen, label, f);
        }
    }

    /**
     * switch v := x.(type): {@code types[i]} lists clause i's types (null for the nil case); {@code
     * binds[i]} sets the clause's variable from the interface value kept in {@code tempSlot}.
     */
    public static final class Type extends St {
        final Ex x;
        final int tempSlot;
        final RType[][] types;
        final St[] binds;
        final St[] bodies;
        final int defaultIndex;
        final int label;

        public Type(Ex x, int tempSlot, RType[][] types, St[] binds, St[] bodies, int defaultIndex, int label) {
            this.x = x;
            this.tempSlot = tempSlot;
            this.types = types;
            this.binds = binds;
            this.bodies = bodies;
            this.defaultIndex = defaultIndex;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            Iface v = (Iface) x.eval(f);
            f.o[tempSlot] = v;
            int chosen = -1;
            outer:
            for (int i = 0; i < types.length; i++) {
                for (RType t : types[i]) {
                    if (t == null ? v == null : Ifaces.holds(v, t)) {
                        chosen = i;
                        break outer;
                    }
                }
            }
            if (chosen < 0) {
                chosen = defaultIndex;
            }
            if (chosen < 0) {
                return NEXT;
            }
            if (binds[chosen] != null) {
                binds[chosen].exec(f);
            }
            int c = bodies[chosen].exec(f);
            if (c == BREAK || (label != 0 && c == breakTo(label))) {
                return NEXT;
            }
            return c;
        }
    }
}
