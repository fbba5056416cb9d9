package dev.chanscope.lang.interp.rt;

/**
 * A variable that lives on the heap because a closure captures it or its address is taken: the
 * pointer {@code &x} is the cell itself. Integers, floats (as raw bits) and bools live in {@link #l},
 * everything else boxed in {@link #o}; the compiler knows which from the variable's type.
 */
public final class Cell extends Ref {

    /** What {@link #load} boxes: 0 reference, 1 integer, 2 float, 3 bool. */
    private final byte rep;

    public long l;
    public Object o;

    /** The goroutine that first used the variable (0: none yet); see the interpreter's Shared. */
    public int owner;

    /** The race detector's state, once a second goroutine used the variable. */
    public dev.chanscope.engine.RaceCell race;

    /** The owner's last write before sharing: its clock epoch (0: none or ordered) and source line. */
    public int writeEpoch;

    public String writeLabel;

    private Cell(byte rep) {
        this.rep = rep;
    }

    public static Cell of(RType t) {
        Kind k = t.kind();
        Cell c = new Cell(k.isInteger() ? (byte) 1 : k.isFloat() ? (byte) 2 : k == Kind.BOOL ? (byte) 3 : (byte) 0);
        if (c.rep == 0) {
            c.o = Values.zero(t);
        }
        return c;
    }

    @Override
    public Object load() {
        return switch (rep) {
            case 1 -> l;
            case 2 -> Double.longBitsToDouble(l);
            case 3 -> l != 0;
            default -> o;
        };
    }

    @Override
    public void store(Object v) {
        switch (rep) {
            case 1 -> l = (Long) v;
            case 2 -> l = Double.doubleToRawLongBits((Double) v);
            case 3 -> l = (Boolean) v ? 1 : 0;
            default -> o = v;
        }
    }

    @Override
    public long loadLong() {
        return l;
    }

    @Override
    public void storeLong(long v) {
        l = v;
    }

    @Override
    public double loadDouble() {
        return Double.longBitsToDouble(l);
    }

    @Override
    public void storeDouble(double v) {
        l = Double.doubleToRawLongBits(v);
    }

    @Override
    public boolean loadBool() {
        return l != 0;
    }
}
