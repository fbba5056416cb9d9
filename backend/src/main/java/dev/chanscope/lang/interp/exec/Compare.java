package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Values;

/** == and != for pointers, channels, interfaces, structs and arrays, and comparisons with nil. */
public final class Compare {

    private Compare() {}

    public static final class Equal extends Ex.B {
        final RType type;
        final Ex x;
        final Ex y;
        final boolean negate;

        public Equal(RType type, Ex x, Ex y, boolean negate) {
            this.type = type;
            this.x = x;
            this.y = y;
            this.negate = negate;
        }

        @Override
        public boolean evalBool(Frame f) {
            return Values.equal(type, x.eval(f), y.eval(f)) != negate;
        }
    }

    public static final class IsNil extends Ex.B {
        final Ex x;
        final boolean negate;

        public IsNil(Ex x, boolean negate) {
            this.x = x;
            this.negate = negate;
        }

        @Override
        public boolean evalBool(Frame f) {
            return (x.eval(f) == null) != negate;
        }
    }
}
