package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Cell;

/**
 * Package-level variables: each is a Cell in the run's globals (an aggregate is held directly), so a
 * compiled program can run many times, each run with variables of its own.
 */
public final class Globals {

    private Globals() {}

    /** The raw global: its Cell (or aggregate), for taking its address. */
    public static Ex load(Rep rep, int index, boolean aggregate) {
        return load(rep, index, aggregate, null, null);
    }

    /** A package variable's value, watched for sharing between goroutines (see Shared). */
    public static Ex load(Rep rep, int index, boolean aggregate, String name, String label) {
        if (aggregate) {
            return new Aggregate(index);
        }
        return switch (rep) {
            case LONG -> new GL(index, name, label);
            case DOUBLE -> new GD(index, name, label);
            case BOOL -> new GB(index, name, label);
            case REF -> new GR(index, name, label);
        };
    }

    public static St store(Rep rep, int index, Ex value) {
        return store(rep, index, value, null, null);
    }

    public static St store(Rep rep, int index, Ex value, String name, String label) {
        return new Set(rep, index, value, name, label);
    }

    static Cell cell(Frame f, int index, boolean write, String name, String label) {
        Cell c = (Cell) f.g.m.globals[index];
        Shared.cell(f, c, write, name, label);
        return c;
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
        final String name;
        final String label;

        GL(int index, String name, String label) {
            this.index = index;
            this.name = name;
            this.label = label;
        }

        @Override
        public long evalLong(Frame f) {
            return cell(f, index, false, name, label).l;
        }
    }

    static final class GD extends Ex.D {
        final int index;
        final String name;
        final String label;

        GD(int index, String name, String label) {
            this.index = index;
            this.name = name;
            this.label = label;
        }

        @Override
        public double evalDouble(Frame f) {
            return Double.longBitsToDouble(cell(f, index, false, name, label).l);
        }
    }

    static final class GB extends Ex.B {
        final int index;
        final String name;
        final String label;

        GB(int index, String name, String label) {
            this.index = index;
            this.name = name;
            this.label = label;
        }

        @Override
        public boolean evalBool(Frame f) {
            return cell(f, index, false, name, label).l != 0;
        }
    }

    static final class GR extends Ex {
        final int index;
        final String name;
        final String label;

        GR(int index, String name, String label) {
            this.index = index;
            this.name = name;
            this.label = label;
        }

        @Override
        public Object eval(Frame f) {
            return cell(f, index, false, name, label).o;
        }
    }

    static final class Set extends St {
        final Rep rep;
        final int index;
        final Ex v;
        final String name;
        final String label;

        Set(Rep rep, int index, Ex v, String name, String label) {
            this.rep = rep;
            this.index = index;
            this.v = v;
            this.name = name;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            switch (rep) {
                case LONG -> {
                    long x = v.evalLong(f);
                    cell(f, index, true, name, label).l = x;
                }
                case DOUBLE -> {
                    long x = Double.doubleToRawLongBits(v.evalDouble(f));
                    cell(f, index, true, name, label).l = x;
                }
                case BOOL -> {
                    long x = v.evalBool(f) ? 1 : 0;
                    cell(f, index, true, name, label).l = x;
                }
                case REF -> {
                    Object x = v.eval(f);
                    cell(f, index, true, name, label).o = x;
                }
            }
            return NEXT;
        }
    }
}
