package dev.chanscope.lang.interp.exec;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.GoPanic;
import dev.chanscope.engine.Received;
import dev.chanscope.lang.interp.rt.Arrays;
import dev.chanscope.lang.interp.rt.GoMap;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.Utf8;
import dev.chanscope.lang.interp.rt.Values;

/**
 * for loops and for-range over integers, slices, arrays, strings, maps and channels. A range loop
 * puts each key and value in temporary slots and runs {@code bind}, the compiled assignments to the
 * iteration variables (fresh variables per iteration, or shared ones for Go ≤ 1.21), then the body.
 */
public final class Loops {

    private Loops() {}

    /** What to do after a body returned {@code c}: 0 go on, 1 leave the loop, 2 leave with {@code c}. */
    static int control(int c, int label) {
        if (c == St.NEXT || c == St.CONTINUE || (label != 0 && c == St.continueTo(label))) {
            return 0;
        }
        if (c == St.BREAK || (label != 0 && c == St.breakTo(label))) {
            return 1;
        }
        return 2;
    }

    public static final class For extends St {
        final Ex cond;
        final St post;
        final St body;
        final St renew;
        final int label;

        /** {@code renew}: gives captured loop variables a fresh cell before the post statement (Go 1.22). */
        public For(Ex cond, St post, St body, St renew, int label) {
            this.cond = cond;
            this.post = post;
            this.body = body;
            this.renew = renew;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            while (cond == null || cond.evalBool(f)) {
                int c = body.exec(f);
                if (c != NEXT) {
                    int what = control(c, label);
                    if (what == 1) {
                        break;
                    }
                    if (what == 2) {
                        return c;
                    }
                }
                if (renew != null) {
                    renew.exec(f);
                }
                if (post != null) {
                    post.exec(f);
                }
            }
            return NEXT;
        }
    }

    /** The temporary slots a range loop writes each key and value to (-1: not needed). */
    public record Temps(int keySlot, Rep keyRep, int valSlot, Rep valRep) {
        void put(Frame f, int slot, Rep rep, Object boxed) {
            if (slot < 0) {
                return;
            }
            if (rep == Rep.REF) {
                f.o[slot] = boxed;
            } else {
                f.l[slot] = rep.toBits(boxed);
            }
        }
    }

    abstract static class Range extends St {
        final Ex x;
        final Temps temps;
        final St bind;
        final St body;
        final int label;

        Range(Ex x, Temps temps, St bind, St body, int label) {
            this.x = x;
            this.temps = temps;
            this.bind = bind;
            this.body = body;
            this.label = label;
        }

        /** Runs bind and body for one iteration: 0 go on, 1 break, else the code to return. */
        final int iteration(Frame f) {
            if (bind != null) {
                bind.exec(f);
            }
            int c = body.exec(f);
            if (c == NEXT) {
                return 0;
            }
            int what = control(c, label);
            return what == 0 ? 0 : what == 1 ? 1 : c;
        }
    }

    /** for i := range n (Go 1.22). */
    public static final class OverInt extends Range {
        public OverInt(Ex x, Temps temps, St bind, St body, int label) {
            super(x, temps, bind, body, label);
        }

        @Override
        public int exec(Frame f) {
            long n = x.evalLong(f);
            for (long i = 0; i < n; i++) {
                if (temps.keySlot() >= 0) {
                    f.l[temps.keySlot()] = i;
                }
                int r = iteration(f);
                if (r == 1) {
                    break;
                }
                if (r != 0) {
                    return r;
                }
            }
            return NEXT;
        }
    }

    /**
     * Over a slice, an array (evaluated once: {@code copyArray} when the loop reads its values, as the
     * spec's copy semantics require) or a pointer to an array.
     */
    public static final class OverList extends Range {
        final RType elem;
        final boolean viaPointer;
        final boolean copyArray;

        public OverList(
                Ex x, RType elem, boolean viaPointer, boolean copyArray, Temps temps, St bind, St body, int label) {
            super(x, temps, bind, body, label);
            this.elem = elem;
            this.viaPointer = viaPointer;
            this.copyArray = copyArray;
        }

        @Override
        public int exec(Frame f) {
            Object v = x.eval(f);
            Object array;
            int off;
            int n;
            if (v instanceof Slice s) {
                array = s.array;
                off = s.off;
                n = s.len;
            } else if (v == null) {
                if (viaPointer && temps.valSlot() >= 0) {
                    throw Panics.nilDeref();
                }
                return NEXT;
            } else {
                array = copyArray ? Arrays.copy(v, elem) : v;
                off = 0;
                n = Arrays.length(array);
            }
            boolean wantValue = temps.valSlot() >= 0;
            for (int i = 0; i < n; i++) {
                if (temps.keySlot() >= 0) {
                    f.l[temps.keySlot()] = i;
                }
                if (wantValue) {
                    int p = off + i;
                    switch (array) {
                        case long[] a -> f.l[temps.valSlot()] = a[p];
                        case double[] a -> f.l[temps.valSlot()] = Double.doubleToRawLongBits(a[p]);
                        case boolean[] a -> f.l[temps.valSlot()] = a[p] ? 1 : 0;
                        case byte[] a ->
                            f.l[temps.valSlot()] =
                                    elem.kind() == dev.chanscope.lang.interp.rt.Kind.UINT8 ? a[p] & 0xFF : a[p];
                        default -> f.o[temps.valSlot()] = Values.copy(elem, ((Object[]) array)[p]);
                    }
                }
                int r = iteration(f);
                if (r == 1) {
                    break;
                }
                if (r != 0) {
                    return r;
                }
            }
            return NEXT;
        }
    }

    /** Over a string: byte index and rune (U+FFFD for an invalid byte, which advances by one). */
    public static final class OverString extends Range {
        public OverString(Ex x, Temps temps, St bind, St body, int label) {
            super(x, temps, bind, body, label);
        }

        @Override
        public int exec(Frame f) {
            String s = (String) x.eval(f);
            for (int i = 0; i < s.length(); ) {
                long d = Utf8.decode(s, i);
                if (temps.keySlot() >= 0) {
                    f.l[temps.keySlot()] = i;
                }
                if (temps.valSlot() >= 0) {
                    f.l[temps.valSlot()] = Utf8.rune(d);
                }
                i += Utf8.width(d);
                int r = iteration(f);
                if (r == 1) {
                    break;
                }
                if (r != 0) {
                    return r;
                }
            }
            return NEXT;
        }
    }

    /** Over a map: entries present at the start, from an offset drawn from the run's seed. */
    public static final class OverMap extends Range {
        final RType type;

        String at;

        public OverMap(Ex x, RType type, Temps temps, St bind, St body, int label) {
            super(x, temps, bind, body, label);
            this.type = type;
        }

        /** The source line a race report on the ranged map quotes. */
        public OverMap at(String line) {
            this.at = line;
            return this;
        }

        @Override
        public int exec(Frame f) {
            GoMap m = (GoMap) x.eval(f);
            if (m == null || m.len() == 0) {
                return NEXT;
            }
            MapWrites.read(f, m, at);
            int span = m.span();
            GoMap.Iter it = m.iterate(span > 1 ? f.g.m.go.randInt(span) : 0);
            GoMap.Entry e;
            while ((e = it.next()) != null) {
                temps.put(f, temps.keySlot(), temps.keyRep(), Values.copy(type.key(), e.key));
                temps.put(f, temps.valSlot(), temps.valRep(), Values.copy(type.elem(), e.value));
                int r = iteration(f);
                if (r == 1) {
                    break;
                }
                if (r != 0) {
                    return r;
                }
            }
            return NEXT;
        }
    }

    /** Over a channel: receives until it is closed (a nil channel blocks forever). */
    public static final class OverChan extends Range {
        final String label;

        public OverChan(Ex x, Temps temps, St bind, St body, int loopLabel, String label) {
            super(x, temps, bind, body, loopLabel);
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            Object c = x.eval(f);
            Chan<Object> ch = ChanOps.chan(f, c);
            while (true) {
                f.g.waitReason = c == null ? "chan receive (nil chan)" : "chan receive";
                Received<Object> got;
                try {
                    got = ch.recvOk(label);
                } catch (GoPanic e) {
                    throw EngineOps.convert(e);
                }
                if (!got.ok()) {
                    return NEXT;
                }
                temps.put(f, temps.keySlot(), temps.keyRep(), got.value());
                int r = iteration(f);
                if (r == 1) {
                    return NEXT;
                }
                if (r != 0) {
                    return r;
                }
            }
        }
    }
}
