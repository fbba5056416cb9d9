package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Cell;

/**
 * Package-level variables: each is a Cell in the run's globals (an aggregate is held directly), so a
 * compiled program can run many times, each run with variables of its own.
 */
public final class Globals {

    private Globals() {}

    public static Ex load(Rep rep, int index, boolean aggregate) {
        if (aggregate) {
            return new Aggregate(index);
        }
        return switch (rep) {
            case LONG -> new GL(index);
            case DOUBLE -> new GD(index);
            case BOOL -> new GB(index);
            case REF -> new GR(index);
        };
    }

    public static St store(Rep rep, int index, Ex value) {
        return new Set(rep, index, value);
    }

    static final class Aggregate extends Ex {
        final int index;

        Aggregate(int index) {
            this.index = index;
        }

        @Override
        public Object eval(Frame f) {
            return f.g.m.globals[index];
        }
    }

    static final class GL extends Ex.L {
        final int index;

        GL(int index) {
            this.index = index;
        }

        @Override
        public long evalLong(Frame f) {
            return ((Cell) f.g.m.globals[index]).l;
        }
    }

    static final class GD extends Ex.D {
        final int index;

        GD(int index) {
            this.index = index;
        }

        @Override
        public double evalDouble(Frame f) {
            return Double.longBitsToDouble(((Cell) f.g.m.globals[index]).l);
        }
    }

    static final class GB extends Ex.B {
        final int index;

        GB(int index) {
            this.index = index;
        }

        @Override
        public boolean evalBool(Frame f) {
            return ((Cell) f.g.m.globals[index]).l != 0;
        }
    }

    static final class GR extends Ex {
        final int index;

        GR(int index) {
            this.index = index;
        }

        @Override
        public Object eval(Frame f) {
            return ((Cell) f.g.m.globals[index]).o;
        }
    }

    static final class Set extends St {
        final Rep rep;
        final int index;
        final Ex v;

        Set(Rep rep, int index, Ex v) {
            this.rep = rep;
            this.index = index;
            this.v = v;
        }

        @Override
        public int exec(Frame f) {
            Cell c = (Cell) f.g.m.globals[index];
            switch (rep) {
                case LONG -> c.l = v.evalLong(f);
                case DOUBLE -> c.l = Double.doubleToRawLongBits(v.evalDouble(f));
                case BOOL -> c.l = v.evalBool(f) ? 1 : 0;
                case REF -> c.o = v.eval(f);
            }
            return NEXT;
        }
    }
}
