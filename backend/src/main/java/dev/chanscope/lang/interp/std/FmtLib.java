package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.fmt.Printer;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.Slice;

/** fmt: printing to stdout and into strings. */
final class FmtLib {

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

    static Object[] written(int n) {
        return new Object[] {(long) n, null};
    }

    static void register(Natives.Registry r) {
        r.fn("fmt.Println", (g, a) -> stdout(g, new Printer(g).println(operands(a[0])).result()));
        r.fn("fmt.Print", (g, a) -> stdout(g, new Printer(g).print(operands(a[0])).result()));
        r.fn("fmt.Printf", (g, a) -> stdout(g, new Printer(g).printf((String) a[0], operands(a[1])).result()));
        r.fn("fmt.Sprintln", (g, a) -> new Printer(g).println(operands(a[0])).result());
        r.fn("fmt.Sprint", (g, a) -> new Printer(g).print(operands(a[0])).result());
        r.fn("fmt.Sprintf", (g, a) -> new Printer(g).printf((String) a[0], operands(a[1])).result());
    }

    static Object stdout(GState g, String text) {
        g.m.write(false, text, g.label());
        return written(text.length());
    }
}
