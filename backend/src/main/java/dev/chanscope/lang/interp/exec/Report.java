package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.PanicException;
import dev.chanscope.lang.interp.rt.RuntimePrint;

/**
 * The crash reports the Go runtime writes to stderr: an unrecovered panic (with the panics it
 * interrupted, "[recovered]" marks and the SIGSEGV line of a nil dereference) or a fatal error,
 * followed by the goroutine's header and a short traceback.
 */
public final class Report {

    private Report() {}

    public static String panic(GState g, PanicException p) {
        StringBuilder b = new StringBuilder();
        chain(g, p, b);
        if (p.signalAddr >= 0) {
            b.append("[signal SIGSEGV: segmentation violation code=0x1 addr=0x")
                    .append(Long.toHexString(p.signalAddr))
                    .append(" pc=0x0]\n");
        }
        b.append("\ngoroutine ").append(g.id).append(" [running]:\n");
        trace((Frame) p.frame, b);
        return b.toString();
    }

    public static String fatal(GState g, String message, Frame at) {
        StringBuilder b = new StringBuilder();
        if (g.stackOverflow) {
            b.append(Stacks.EXCEEDS);
        }
        b.append("fatal error: ").append(message).append('\n');
        if (g.stackOverflow) {
            b.append("\nruntime stack:\n");
        }
        b.append("\ngoroutine ").append(g.id).append(" [running]:\n");
        trace(at, b);
        return b.toString();
    }

    /** A goroutine's header and position as a deadlock report shows it ("goroutine 1 [chan receive]:"). */
    public static String blocked(GState g) {
        return "goroutine " + g.id + " [" + g.waitReason + "]:\n" + (g.id == 1 ? "main.main()\n" : "");
    }

    private static void chain(GState g, PanicException p, StringBuilder b) {
        if (p.previous != null) {
            chain(g, p.previous, b);
            if (!p.previous.goexit) {
                b.append('\t');
            }
        }
        if (p.goexit) {
            return;
        }
        b.append("panic: ").append(valueText(g, p.value()));
        if (p.recovered) {
            b.append(" [recovered]");
        }
        b.append('\n');
    }

    /** A panic value as printed: Error() or String() when it has one, else the runtime's printing. */
    public static String valueText(GState g, Object value) {
        if (value instanceof Iface i) {
            Func m = i.type().methods.stringMethod("Error");
            if (m == null) {
                m = i.type().methods.stringMethod("String");
            }
            if (m != null) {
                try {
                    return (String) m.call(g, new Object[] {i.value()});
                } catch (PanicException e) {
                    return "panic while printing panic value";
                }
            }
            return RuntimePrint.panicValue(i, g.m.addresses);
        }
        return "nil";
    }

    private static void trace(Frame f, StringBuilder b) {
        int n = 0;
        for (; f != null && n < 50; f = f.caller, n++) {
            String name = f.code.name;
            b.append(name).append(name.equals("main.main") ? "()" : "(...)").append('\n');
            b.append("\t/tmp/sandbox/prog.go:").append(f.line).append('\n');
        }
    }
}
