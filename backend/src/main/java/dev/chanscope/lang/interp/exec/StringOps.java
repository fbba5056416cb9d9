package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Panics;

/**
 * String nodes over Go byte strings (Latin-1 Java strings): concatenation (an allocation), byte
 * indexing, comparisons by bytes.
 */
public final class StringOps {

    private StringOps() {}

    public static final class Const extends Ex {
        final Object v;

        public Const(Object v) {
            this.v = v;
        }

        @Override
        public Object eval(Frame f) {
            return v;
        }
    }

    public static final class Concat extends Ex {
        final Ex x;
        final Ex y;

        public Concat(Ex x, Ex y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public Object eval(Frame f) {
            String a = (String) x.eval(f);
            String b = (String) y.eval(f);
            if (a.isEmpty()) {
                return b;
            }
            if (b.isEmpty()) {
                return a;
            }
            f.g.m.alloc(a.length() + (long) b.length());
            return a.concat(b);
        }
    }

    /** s[i]: a byte. */
    public static final class Index extends Ex.L {
        final Ex s;
        final Ex i;

        public Index(Ex s, Ex i) {
            this.s = s;
            this.i = i;
        }

        @Override
        public long evalLong(Frame f) {
            String str = (String) s.eval(f);
            long k = i.evalLong(f);
            if (k < 0 || k >= str.length()) {
                throw Panics.indexOutOfRange(k, str.length());
            }
            return str.charAt((int) k);
        }
    }

    public static final class Len extends Ex.L {
        final Ex s;

        public Len(Ex s) {
            this.s = s;
        }

        @Override
        public long evalLong(Frame f) {
            return ((String) s.eval(f)).length();
        }
    }

    /** ==, !=, <, <=, >, >= by bytes. */
    public static final class Compare extends Ex.B {
        final String op;
        final Ex x;
        final Ex y;

        public Compare(String op, Ex x, Ex y) {
            this.op = op;
            this.x = x;
            this.y = y;
        }

        @Override
        public boolean evalBool(Frame f) {
            String a = (String) x.eval(f);
            String b = (String) y.eval(f);
            return switch (op) {
                case "==" -> a.equals(b);
                case "!=" -> !a.equals(b);
                case "<" -> a.compareTo(b) < 0;
                case "<=" -> a.compareTo(b) <= 0;
                case ">" -> a.compareTo(b) > 0;
                default -> a.compareTo(b) >= 0;
            };
        }
    }
}
