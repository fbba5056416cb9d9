package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.MethodTable;
import dev.chanscope.lang.interp.rt.NativeTypes;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.StructVal;
import java.util.List;

/** io: writing to any io.Writer (the program's own types included), Copy, ReadAll, MultiWriter. */
final class IoLib {

    static final RType MULTI = NativeTypes.pointer(NativeTypes.struct("io", "multiWriter"));

    static {
        MULTI.methods.put("Write", null, NativeTypes.method("Write", (g, a) -> {
            @SuppressWarnings("unchecked")
            List<Iface> ws = (List<Iface>) ((StructVal) a[0]).ext;
            String b = Args.bytes(a[1]);
            for (Iface w : ws) {
                Object[] r = write(g, w, b);
                if (r[1] != null) {
                    return r;
                }
            }
            return Args.tuple((long) b.length(), null);
        }));
    }

    private IoLib() {}

    /** w.Write([]byte(bytes)): (n, err). An *os.File writes straight to the output. */
    static Object[] write(GState g, Iface w, String bytes) {
        if (w == null) {
            throw Panics.nilDeref();
        }
        if (OsLib.isFile(w)) {
            return OsLib.write(g, (StructVal) w.value(), bytes);
        }
        MethodTable.Method m = w.type().methods.get("Write");
        if (m == null) {
            throw Panics.plain(w.type() + " has no Write method");
        }
        return (Object[]) m.impl().call(g, new Object[] {w.value(), Args.byteSlice(g, bytes)});
    }

    static Iface eof(GState g) {
        Object e = g.m.library.computeIfAbsent("io.EOF", k -> ErrorsLib.newError("EOF"));
        return (Iface) e;
    }

    static void register(Natives.Registry r) {
        r.fn("io.WriteString", (g, a) -> {
            Iface w = (Iface) a[0];
            if (w != null && !OsLib.isFile(w)) {
                MethodTable.Method m = w.type().methods.get("WriteString");
                if (m != null) {
                    return m.impl().call(g, new Object[] {w.value(), a[1]});
                }
            }
            return write(g, w, Args.s(a[1]));
        });
        r.fn("io.MultiWriter", (g, a) -> {
            Slice s = (Slice) a[0];
            java.util.ArrayList<Iface> ws = new java.util.ArrayList<>();
            for (int i = 0; s != null && i < s.len; i++) {
                ws.add((Iface) ((Object[]) s.array)[s.off + i]);
            }
            StructVal v = new StructVal(MULTI.elem(), new Object[0]);
            v.ext = List.copyOf(ws);
            return new Iface(MULTI, v);
        });
        r.fn("io.ReadAll", (g, a) -> Args.tuple(Args.byteSlice(g, readAll(g, (Iface) a[0])), null));
        r.fn("io.Copy", (g, a) -> {
            String data = readAll(g, (Iface) a[1]);
            Object[] w = write(g, (Iface) a[0], data);
            return Args.tuple(w[0], w[1]);
        });
    }

    /** Reads until io.EOF through the reader's Read method. */
    static String readAll(GState g, Iface rd) {
        if (rd == null) {
            throw Panics.nilDeref();
        }
        MethodTable.Method m = rd.type().methods.get("Read");
        Func read = m.impl();
        StringBuilder out = new StringBuilder();
        Slice buf = Args.byteSlice(g, "\0".repeat(512));
        for (int guard = 0; guard < 1 << 20; guard++) {
            Object[] res = (Object[]) read.call(g, new Object[] {rd.value(), buf});
            long n = (Long) res[0];
            out.append(Args.bytes(new Slice(buf.array, 0, (int) n, buf.cap)));
            if (res[1] != null) {
                break;
            }
        }
        return out.toString();
    }
}
