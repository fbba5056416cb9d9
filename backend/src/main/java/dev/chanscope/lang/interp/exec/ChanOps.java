package dev.chanscope.lang.interp.exec;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.GoPanic;
import dev.chanscope.engine.Received;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Values;

/**
 * Channel operations on the engine's channels: make, send, receive (with ok), close, len and cap. A
 * nil channel is null here and the engine's nil channel there (blocking forever, closing panics).
 * Before an operation that may block, the goroutine notes why, in the words of Go's tracebacks.
 */
public final class ChanOps {

    private ChanOps() {}

    @SuppressWarnings("unchecked")
    static Chan<Object> chan(Frame f, Object v) {
        return v == null ? f.g.m.nilChan() : (Chan<Object>) v;
    }

    public static final class Make extends Ex {
        final RType elem;
        final Ex cap;
        final String name;
        final String label;

        public Make(RType elem, Ex cap, String name, String label) {
            this.elem = elem;
            this.cap = cap;
            this.name = name;
            this.label = label;
        }

        @Override
        public Object eval(Frame f) {
            long n = cap == null ? 0 : cap.evalLong(f);
            if (n < 0 || n > (1 << 24)) {
                throw Panics.plain("makechan: size out of range");
            }
            f.g.m.alloc(96 + n * elem.size());
            return f.g.m.go.makeChan(name, (int) n, Values.zero(elem), label);
        }
    }

    public static final class Send extends St {
        final Ex ch;
        final Ex value;
        final String label;

        public Send(Ex ch, Ex value, String label) {
            this.ch = ch;
            this.value = value;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            Object c = ch.eval(f);
            Object v = value.eval(f);
            GState g = f.g;
            g.waitReason = c == null ? "chan send (nil chan)" : "chan send";
            try {
                chan(f, c).send(v, label);
            } catch (GoPanic e) {
                throw EngineOps.convert(e);
            }
            return NEXT;
        }
    }

    /** <-ch. The value is borrowed when it is an aggregate (a closed channel hands out a shared zero). */
    public static final class Recv extends Ex {
        final Ex ch;
        final String label;

        public Recv(Ex ch, String label) {
            this.ch = ch;
            this.label = label;
        }

        @Override
        public Object eval(Frame f) {
            Object c = ch.eval(f);
            f.g.waitReason = c == null ? "chan receive (nil chan)" : "chan receive";
            try {
                return chan(f, c).recv(label);
            } catch (GoPanic e) {
                throw EngineOps.convert(e);
            }
        }
    }

    /** v, ok := <-ch as Object[]{v, ok}. */
    public static final class RecvOk extends Ex {
        final Ex ch;
        final RType elem;
        final String label;

        public RecvOk(Ex ch, RType elem, String label) {
            this.ch = ch;
            this.elem = elem;
            this.label = label;
        }

        @Override
        public Object eval(Frame f) {
            Object c = ch.eval(f);
            f.g.waitReason = c == null ? "chan receive (nil chan)" : "chan receive";
            try {
                Received<Object> r = chan(f, c).recvOk(label);
                return new Object[] {Values.copy(elem, r.value()), r.ok()};
            } catch (GoPanic e) {
                throw EngineOps.convert(e);
            }
        }
    }

    public static final class Close extends St {
        final Ex ch;
        final String label;

        public Close(Ex ch, String label) {
            this.ch = ch;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            try {
                chan(f, ch.eval(f)).close(label);
            } catch (GoPanic e) {
                throw EngineOps.convert(e);
            }
            return NEXT;
        }
    }

    public static final class LenCap extends Ex.L {
        final Ex ch;
        final boolean cap;

        public LenCap(Ex ch, boolean cap) {
            this.ch = ch;
            this.cap = cap;
        }

        @Override
        public long evalLong(Frame f) {
            Object c = ch.eval(f);
            if (c == null) {
                return 0;
            }
            Chan<?> k = (Chan<?>) c;
            return cap ? k.cap() : k.len();
        }
    }
}
