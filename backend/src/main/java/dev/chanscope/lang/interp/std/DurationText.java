package dev.chanscope.lang.interp.std;

/** time.Duration.String: "1h2m3.5s", "1.5ms", "20µs" (µ as its UTF-8 bytes), "0s". */
final class DurationText {

    private DurationText() {}

    static String of(long d) {
        char[] buf = new char[32];
        int w = buf.length;
        long u = d;
        boolean neg = d < 0;
        if (neg) {
            u = -u;
        }
        if (Long.compareUnsigned(u, 1_000_000_000L) < 0) {
            int prec;
            buf[--w] = 's';
            w--;
            if (u == 0) {
                return "0s";
            } else if (u < 1_000L) {
                prec = 0;
                buf[w] = 'n';
            } else if (u < 1_000_000L) {
                prec = 3;
                buf[w] = (char) 0xB5;
                buf[--w] = (char) 0xC2;
            } else {
                prec = 6;
                buf[w] = 'm';
            }
            long[] st = frac(buf, w, u, prec);
            w = (int) st[0];
            w = integer(buf, w, st[1]);
        } else {
            buf[--w] = 's';
            long[] st = frac(buf, w, u, 9);
            w = (int) st[0];
            u = st[1];
            w = integer(buf, w, Long.remainderUnsigned(u, 60));
            u = Long.divideUnsigned(u, 60);
            if (u > 0) {
                buf[--w] = 'm';
                w = integer(buf, w, u % 60);
                u /= 60;
                if (u > 0) {
                    buf[--w] = 'h';
                    w = integer(buf, w, u);
                }
            }
        }
        if (neg) {
            buf[--w] = '-';
        }
        return new String(buf, w, buf.length - w);
    }

    /** The fraction of v/10^prec, trailing zeros (and the point) omitted: {new w, v / 10^prec}. */
    private static long[] frac(char[] buf, int w, long v, int prec) {
        boolean print = false;
        for (int i = 0; i < prec; i++) {
            long digit = Long.remainderUnsigned(v, 10);
            print = print || digit != 0;
            if (print) {
                buf[--w] = (char) (digit + '0');
            }
            v = Long.divideUnsigned(v, 10);
        }
        if (print) {
            buf[--w] = '.';
        }
        return new long[] {w, v};
    }

    private static int integer(char[] buf, int w, long v) {
        if (v == 0) {
            buf[--w] = '0';
        } else {
            while (v > 0) {
                buf[--w] = (char) (Long.remainderUnsigned(v, 10) + '0');
                v = Long.divideUnsigned(v, 10);
            }
        }
        return w;
    }
}
