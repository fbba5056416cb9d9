package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Cell;

/**
 * Reading and writing variables that live in the frame: in a slot, or (captured or address-taken) in
 * the Cell the slot holds. Aggregates always sit in an Object slot and are assigned in place.
 */
public final class Locals {

    private Locals() {}

    /** A variable's value; a cell (captured or address-taken) is watched for sharing (see Shared). */
    public static Ex load(Rep rep, int slot, boolean cell) {
        return load(rep, slot, cell, null, null);
    }

    public static Ex load(Rep rep, int slot, boolean cell, String name, String label) {
        if (cell) {
            return switch (rep) {
                case LONG -> new CellL(slot, name, label);
                case DOUBLE -> new CellD(slot, name, label);
                case BOOL -> new CellB(slot, name, label);
                case REF -> new CellR(slot, name, label);
            };
        }
        return switch (rep) {
            case LONG -> new SlotL(slot);
            case DOUBLE -> new SlotD(slot);
            case BOOL -> new SlotB(slot);
            case REF -> new SlotR(slot);
        };
    }

    public static St store(Rep rep, int slot, boolean cell, Ex value) {
        return store(rep, slot, cell, value, null, null);
    }

    public static St store(Rep rep, int slot, boolean cell, Ex value, String name, String label) {
        if (cell) {
            return rep == Rep.REF
                    ? new SetCellR(slot, value, name, label)
                    : new SetCellBits(rep, slot, value, name, label);
        }
        return switch (rep) {
            case LONG -> new SetSlotL(slot, value);
            case DOUBLE -> new SetSlotD(slot, value);
            case BOOL -> new SetSlotB(slot, value);
            case REF -> new SetSlotR(slot, value);
        };
    }

    /** The slot of a plain local integer read, or -1 for any other node. */
    public static int longSlotOf(Ex e) {
        return e instanceof SlotL s ? s.slot : -1;
    }

    static final class SlotL extends Ex.L {
        final int slot;

        SlotL(int slot) {
            this.slot = slot;
        }

        @Override
        public long evalLong(Frame f) {
            return f.l[slot];
        }
    }

    static final class SlotD extends Ex.D {
        final int slot;

        SlotD(int slot) {
            this.slot = slot;
        }

        @Override
        public double evalDouble(Frame f) {
            return Double.longBitsToDouble(f.l[slot]);
        }
    }

    static final class SlotB extends Ex.B {
        final int slot;

        SlotB(int slot) {
            this.slot = slot;
        }

        @Override
        public boolean evalBool(Frame f) {
            return f.l[slot] != 0;
        }
    }

    static final class SlotR extends Ex {
        final int slot;

        SlotR(int slot) {
            this.slot = slot;
        }

        @Override
        public Object eval(Frame f) {
            return f.o[slot];
        }
    }

    static final class CellL extends Ex.L {
        final int slot;
        final String name;
        final String label;

        CellL(int slot, String name, String label) {
            this.slot = slot;
            this.name = name;
            this.label = label;
        }

        Cell cell(Frame f) {
            return readCell(f, slot, name, label);
        }

        @Override
        public long evalLong(Frame f) {
            return cell(f).l;
        }
    }

    static final class CellD extends Ex.D {
        final int slot;
        final String name;
        final String label;

        CellD(int slot, String name, String label) {
            this.slot = slot;
            this.name = name;
            this.label = label;
        }

        Cell cell(Frame f) {
            return readCell(f, slot, name, label);
        }

        @Override
        public double evalDouble(Frame f) {
            return Double.longBitsToDouble(cell(f).l);
        }
    }

    static final class CellB extends Ex.B {
        final int slot;
        final String name;
        final String label;

        CellB(int slot, String name, String label) {
            this.slot = slot;
            this.name = name;
            this.label = label;
        }

        Cell cell(Frame f) {
            return readCell(f, slot, name, label);
        }

        @Override
        public boolean evalBool(Frame f) {
            return cell(f).l != 0;
        }
    }

    static final class CellR extends Ex {
        final int slot;
        final String name;
        final String label;

        CellR(int slot, String name, String label) {
            this.slot = slot;
            this.name = name;
            this.label = label;
        }

        Cell cell(Frame f) {
            return readCell(f, slot, name, label);
        }

        @Override
        public Object eval(Frame f) {
            return cell(f).o;
        }
    }

    static final class SetSlotL extends St {
        final int slot;
        final Ex v;

        SetSlotL(int slot, Ex v) {
            this.slot = slot;
            this.v = v;
        }

        @Override
        public int exec(Frame f) {
            f.l[slot] = v.evalLong(f);
            return NEXT;
        }
    }

    static final class SetSlotD extends St {
        final int slot;
        final Ex v;

        SetSlotD(int slot, Ex v) {
            this.slot = slot;
            this.v = v;
        }

        @Override
        public int exec(Frame f) {
            f.l[slot] = Double.doubleToRawLongBits(v.evalDouble(f));
            return NEXT;
        }
    }

    static final class SetSlotB extends St {
        final int slot;
        final Ex v;

        SetSlotB(int slot, Ex v) {
            this.slot = slot;
            this.v = v;
        }

        @Override
        public int exec(Frame f) {
            f.l[slot] = v.evalBool(f) ? 1 : 0;
            return NEXT;
        }
    }

    static final class SetSlotR extends St {
        final int slot;
        final Ex v;

        SetSlotR(int slot, Ex v) {
            this.slot = slot;
            this.v = v;
        }

        @Override
        public int exec(Frame f) {
            f.o[slot] = v.eval(f);
            return NEXT;
        }
    }

    static final class SetCellBits extends St {
        final Rep rep;
        final int slot;
        final Ex v;
        final String name;
        final String label;

        SetCellBits(Rep rep, int slot, Ex v, String name, String label) {
            this.rep = rep;
            this.slot = slot;
            this.v = v;
            this.name = name;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            long bits = switch (rep) {
                case LONG -> v.evalLong(f);
                case DOUBLE -> Double.doubleToRawLongBits(v.evalDouble(f));
                default -> v.evalBool(f) ? 1 : 0;
            };
            Cell c = (Cell) f.o[slot];
            Shared.cell(f, c, true, name, label);
            c.l = bits;
            return NEXT;
        }
    }

    static final class SetCellR extends St {
        final int slot;
        final Ex v;
        final String name;
        final String label;

        SetCellR(int slot, Ex v, String name, String label) {
            this.slot = slot;
            this.v = v;
            this.name = name;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            Object value = v.eval(f);
            Cell c = (Cell) f.o[slot];
            Shared.cell(f, c, true, name, label);
            c.o = value;
            return NEXT;
        }
    }

    /** Declares a captured or address-taken variable: a new Cell holding the initial value. */
    public static final class NewCell extends St {
        final int slot;
        final dev.chanscope.lang.interp.rt.RType type;
        final Ex init;

        public NewCell(int slot, dev.chanscope.lang.interp.rt.RType type, Ex init) {
            this.slot = slot;
            this.type = type;
            this.init = init;
        }

        @Override
        public int exec(Frame f) {
            Cell c = Cell.of(type);
            if (init != null) {
                switch (Rep.of(type)) {
                    case LONG -> c.l = init.evalLong(f);
                    case DOUBLE -> c.l = Double.doubleToRawLongBits(init.evalDouble(f));
                    case BOOL -> c.l = init.evalBool(f) ? 1 : 0;
                    case REF -> c.o = init.eval(f);
                }
            }
            f.o[slot] = c;
            return NEXT;
        }
    }

    /** A per-iteration loop variable: the slot gets a new Cell holding the current value. */
    public static final class RenewCell extends St {
        final int slot;
        final dev.chanscope.lang.interp.rt.RType type;

        public RenewCell(int slot, dev.chanscope.lang.interp.rt.RType type) {
            this.slot = slot;
            this.type = type;
        }

        @Override
        public int exec(Frame f) {
            Cell old = (Cell) f.o[slot];
            Cell c = Cell.of(type);
            c.l = old.l;
            c.o = old.o;
            f.o[slot] = c;
            return NEXT;
        }
    }

    /**
     * The escaped local in {@code slot}, its read reported to the race detector: what every
     * primitive-typed cell node reads (one node class per kind keeps the values unboxed).
     */
    static Cell readCell(Frame f, int slot, String name, String label) {
        Cell c = (Cell) f.o[slot];
        Shared.cell(f, c, false, name, label);
        return c;
    }
}
