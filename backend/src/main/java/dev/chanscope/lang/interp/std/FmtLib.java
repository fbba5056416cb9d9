package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.fmt.Printer;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.NativeTypes;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.StructVal;
import dev.chanscope.lang.interp.rt.Types;

/** fmt: printing to stdout, to any io.Writer, into strings and byte slices; Errorf with %w. */
final class FmtLib {

    static final RType WRAP_ERROR = NativeTypes.struct("fmt", "wrapError", "msg", Types.STRING, "err", Types.ERROR);
    static final RType WRAP_ERROR_PTR = NativeTypes.pointer(WRAP_ERROR);

    static {
        WRAP_ERROR_PTR.methods.put(
                "Error", NativeTypes.STRING_METHOD, NativeTypes.method("Error", (g, a) -> ((StructVal) a[0]).f[0]));
        WRAP_ERROR_PTR.methods.put(
                "Unwrap",
                NativeTypes.signature(new RType[0], new RType[] {Types.ERROR}),
                NativeTypes.method("Unwrap", (g, a) -> ((StructVal) a[0]).f[1]));
    }

    private FmtLib() {}

    static Iface[] operands(Object slice) {
        Slice s = (Slice) slice;
        if (s == null) {
            return new Iface[0];
        }
        Iface[] out = new Iface[s.len];
        Object[] a = (Object[]) s.array;
        for (int i = 0; i < out.length; i++) {
            out[i] = (Iface) a[s.off + i];
        }
        return out;
    }

    static void register(Natives.Registry r) {
        r.fn(
                "fmt.Println",
                (g, a) -> stdout(g, new Printer(g).println(operands(a[0])).result()));
        r.fn(
                "fmt.Print",
                (g, a) -> stdout(g, new Printer(g).print(operands(a[0])).result()));
        r.fn(
                "fmt.Printf",
                (g, a) -> stdout(
                        g, new Printer(g).printf(Args.s(a[0]), operands(a[1])).result()));
        r.fn("fmt.Sprintln", (g, a) -> new Printer(g).println(operands(a[0])).result());
        r.fn("fmt.Sprint", (g, a) -> new Printer(g).print(operands(a[0])).result());
        r.fn(
                "fmt.Sprintf",
                (g, a) -> new Printer(g).printf(Args.s(a[0]), operands(a[1])).result());
        r.fn(
                "fmt.Fprintln",
                (g, a) -> to(g, a[0], new Printer(g).println(operands(a[1])).result()));
        r.fn(
                "fmt.Fprint",
                (g, a) -> to(g, a[0], new Printer(g).print(operands(a[1])).result()));
        r.fn(
                "fmt.Fprintf",
                (g, a) -> to(
                        g,
                        a[0],
                        new Printer(g).printf(Args.s(a[1]), operands(a[2])).result()));
        r.fn("fmt.Errorf", (g, a) -> {
            Printer p = new Printer(g).errorf(Args.s(a[0]), operands(a[1]));
            String s = p.result();
            g.m.alloc(16 + s.length());
            if (p.wrapped == null) {
                return ErrorsLib.newError(s);
            }
            return new Iface(WRAP_ERROR_PTR, new StructVal(WRAP_ERROR, new Object[] {s, p.wrapped}));
        });
        r.fn(
                "fmt.Append",
                (g, a) -> append(g, a[0], new Printer(g).print(operands(a[1])).result()));
        r.fn(
                "fmt.Appendln",
                (g, a) -> append(g, a[0], new Printer(g).println(operands(a[1])).result()));
        r.fn(
                "fmt.Appendf",
                (g, a) -> append(
                        g,
                        a[0],
                        new Printer(g).printf(Args.s(a[1]), operands(a[2])).result()));
        Scan.register(r);
    }

    static Object stdout(GState g, String text) {
        g.m.write(false, text, g.label());
        return Args.tuple((long) text.length(), null);
    }

    static Object to(GState g, Object w, String text) {
        return IoLib.write(g, (Iface) w, text);
    }

    /** append(b, text...) for a []byte, growing as append does. */
    static Slice append(GState g, Object slice, String text) {
        return Bytes.append(g, (Slice) slice, text);
    }
}
