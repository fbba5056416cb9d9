package dev.chanscope.lang.interp.fmt;

import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.Utf8;

/**
 * fmt's doPrintf: walks the format, reading flags, width and precision (literal, {@code *} or from an
 * explicit argument index {@code [n]}), and hands each verb and operand to the printer; misuse prints
 * Go's {@code %!verb(...)} notes.
 */
final class Printf {

    private final Printer p;
    private final Fmt fmt;
    private final String format;
    private final Iface[] a;
    private final int end;
    private int argNum;
    private boolean afterIndex;
    private int i;

    Printf(Printer p, String format, Iface[] a) {
        this.p = p;
        this.fmt = p.fmt;
        this.format = format;
        this.a = a;
        this.end = format.length();
    }

    void run() {
        p.setReordered(false);
        formatLoop:
        while (i < end) {
            p.setGoodArgNum(true);
            int lasti = i;
            while (i < end && format.charAt(i) != '%') {
                i++;
            }
            if (i > lasti) {
                p.buf.append(format, lasti, i);
            }
            if (i >= end) {
                break;
            }
            i++;
            fmt.clearFlags();
            simple:
            for (; i < end; i++) {
                char c = format.charAt(i);
                switch (c) {
                    case '#' -> fmt.sharp = true;
                    case '0' -> fmt.zero = !fmt.minus;
                    case '+' -> fmt.plus = true;
                    case '-' -> {
                        fmt.minus = true;
                        fmt.zero = false;
                    }
                    case ' ' -> fmt.space = true;
                    default -> {
                        if ('a' <= c && c <= 'z' && argNum < a.length) {
                            if (c == 'v') {
                                fmt.sharpV = fmt.sharp;
                                fmt.sharp = false;
                                fmt.plusV = fmt.plus;
                                fmt.plus = false;
                            }
                            p.printArg(a[argNum], c);
                            argNum++;
                            i++;
                            continue formatLoop;
                        }
                        break simple;
                    }
                }
            }
            argNumber();
            if (i < end && format.charAt(i) == '*') {
                i++;
                long[] w = intFromArg();
                fmt.wid = (int) w[0];
                fmt.widPresent = w[1] != 0;
                if (!fmt.widPresent) {
                    p.buf.append("%!(BADWIDTH)");
                }
                if (fmt.wid < 0) {
                    fmt.wid = -fmt.wid;
                    fmt.minus = true;
                    fmt.zero = false;
                }
                afterIndex = false;
            } else {
                int[] n = parseNum(i);
                fmt.wid = n[0];
                fmt.widPresent = n[1] != 0;
                i = n[2];
                if (afterIndex && fmt.widPresent) {
                    p.setGoodArgNum(false);
                }
            }
            if (i + 1 < end && format.charAt(i) == '.') {
                i++;
                if (afterIndex) {
                    p.setGoodArgNum(false);
                }
                argNumber();
                if (i < end && format.charAt(i) == '*') {
                    i++;
                    long[] w = intFromArg();
                    fmt.prec = (int) w[0];
                    fmt.precPresent = w[1] != 0;
                    if (fmt.prec < 0) {
                        fmt.prec = 0;
                        fmt.precPresent = false;
                    }
                    if (!fmt.precPresent) {
                        p.buf.append("%!(BADPREC)");
                    }
                    afterIndex = false;
                } else {
                    int[] n = parseNum(i);
                    fmt.prec = n[0];
                    fmt.precPresent = n[1] != 0;
                    i = n[2];
                    if (!fmt.precPresent) {
                        fmt.prec = 0;
                        fmt.precPresent = true;
                    }
                }
            }
            if (!afterIndex) {
                argNumber();
            }
            if (i >= end) {
                p.buf.append("%!(NOVERB)");
                break;
            }
            int verb = format.charAt(i);
            int size = 1;
            if (verb >= 0x80) {
                long d = Utf8.decode(format, i);
                verb = Utf8.rune(d);
                size = Utf8.width(d);
            }
            i += size;
            if (verb == '%') {
                p.buf.append('%');
            } else if (!p.goodArgNum()) {
                p.buf.append("%!");
                p.appendRune(verb);
                p.buf.append("(BADINDEX)");
            } else if (argNum >= a.length) {
                p.buf.append("%!");
                p.appendRune(verb);
                p.buf.append("(MISSING)");
            } else {
                if (verb == 'v') {
                    fmt.sharpV = fmt.sharp;
                    fmt.sharp = false;
                    fmt.plusV = fmt.plus;
                    fmt.plus = false;
                }
                p.printArg(a[argNum], verb > 0xFFFF ? '\uFFFD' : (char) verb);
                argNum++;
            }
        }
        if (!p.reordered() && argNum < a.length) {
            fmt.clearFlags();
            p.buf.append("%!(EXTRA ");
            for (int k = argNum; k < a.length; k++) {
                if (k > argNum) {
                    p.buf.append(", ");
                }
                if (a[k] == null) {
                    p.buf.append(Printer.NIL_ANGLE);
                } else {
                    p.buf.append(a[k].type()).append('=');
                    p.printArg(a[k], 'v');
                }
            }
            p.buf.append(')');
        }
    }

    /** parsenum: {value, isnum (0/1), new index}. */
    private int[] parseNum(int start) {
        if (start >= end) {
            return new int[] {0, 0, end};
        }
        int num = 0;
        boolean isNum = false;
        int j = start;
        for (; j < end && '0' <= format.charAt(j) && format.charAt(j) <= '9'; j++) {
            if (num > 1_000_000 || num < -1_000_000) {
                return new int[] {0, 0, end};
            }
            num = num * 10 + (format.charAt(j) - '0');
            isNum = true;
        }
        return new int[] {num, isNum ? 1 : 0, j};
    }

    /** An explicit argument index "[n]" at i, if any: moves argNum and i, sets afterIndex. */
    private void argNumber() {
        if (end <= i || format.charAt(i) != '[') {
            afterIndex = false;
            return;
        }
        p.setReordered(true);
        int width = 1;
        boolean ok = false;
        int index = 0;
        if (end - i >= 3) {
            for (int k = i + 1; k < end; k++) {
                if (format.charAt(k) == ']') {
                    int[] n = parseNum(i + 1);
                    if (n[1] == 0 || n[2] != k) {
                        width = k - i + 1;
                        break;
                    }
                    index = n[0] - 1;
                    width = k - i + 1;
                    ok = true;
                    break;
                }
            }
        }
        if (ok && 0 <= index && index < a.length) {
            argNum = index;
            i += width;
            afterIndex = true;
            return;
        }
        p.setGoodArgNum(false);
        i += width;
        afterIndex = ok;
    }

    /** intFromArg: {value, isInt (0/1)}; consumes the operand. */
    private long[] intFromArg() {
        long num = 0;
        boolean isInt = false;
        if (argNum < a.length) {
            Iface v = a[argNum];
            if (v != null && v.type().kind().isInteger()) {
                long n = (Long) v.value();
                if (v.type().kind().isUnsigned()) {
                    if (n >= 0) {
                        num = n;
                        isInt = true;
                    }
                } else {
                    num = n;
                    isInt = true;
                }
            }
            argNum++;
            if (num > 1_000_000 || num < -1_000_000) {
                num = 0;
                isInt = false;
            }
        }
        return new long[] {num, isInt ? 1 : 0};
    }
}
