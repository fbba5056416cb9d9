package dev.chanscope.lang.interp.exec;

/**
 * An executable statement. {@link #exec} returns how control leaves it: {@link #NEXT} to go on, or
 * a break, continue, return or fallthrough that enclosing statements handle (a labelled break or
 * continue carries its label's number above the low bits).
 */
public abstract class St {

    public static final int NEXT = 0;
    public static final int BREAK = 1;
    public static final int CONTINUE = 2;
    public static final int RETURN = 3;
    public static final int FALLTHROUGH = 4;

    /** A {@code break L} for label number {@code label} (≥ 1). */
    public static int breakTo(int label) {
        return BREAK | label << 3;
    }

    public static int continueTo(int label) {
        return CONTINUE | label << 3;
    }

    public static int kind(int code) {
        return code & 7;
    }

    public static int label(int code) {
        return code >>> 3;
    }

    public abstract int exec(Frame f);
}
