package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Cell;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.StructVal;
import dev.chanscope.lang.interp.rt.Values;

/**
 * os: Exit ends the run without running deferred calls; Stdout and Stderr write the program's
 * output; there is no file system, environment or stdin (reads see end of file), and the working
 * directory is the root.
 */
final class OsLib {

    private OsLib() {}

    static void register(Natives.Registry r) {
        r.fn("os.Exit", (g, a) -> {
            throw g.m.go.exit((int) Args.i(a[0]));
        });
        r.fn("(*os.File).Write", (g, a) -> write(g, file(a[0]), Args.bytes(a[1])));
        r.fn("(*os.File).WriteString", (g, a) -> write(g, file(a[0]), Args.s(a[1])));
        r.fn("(*os.File).Read", (g, a) -> Args.tuple(0L, IoLib.eof(g)));
        r.fn("(*os.File).Close", (g, a) -> null);
        r.fn("(*os.File).Name", (g, a) -> file(a[0]).f[1]);
        r.fn("os.Getenv", (g, a) -> "");
        r.fn("os.LookupEnv", (g, a) -> Args.tuple("", false));
        r.fn("os.Getpid", (g, a) -> 1L);
        r.fn("os.Hostname", (g, a) -> Args.tuple("chanscope", null));
        r.fn("os.Environ", (g, a) -> new Slice(new Object[0], 0, 0, 0));
        r.fn("os.Getwd", (g, a) -> Args.tuple("/", null));
        is(r, "os.IsExist", "os.ErrExist");
        is(r, "os.IsNotExist", "os.ErrNotExist");
        is(r, "os.IsPermission", "os.ErrPermission");
    }

    /**
     * os.IsExist and its siblings: Go unwraps only *PathError, *LinkError and *SyscallError, which
     * no Chanscope program can get, so the error must be the os variable itself.
     */
    private static void is(Natives.Registry r, String name, String variable) {
        r.factory(name, site -> {
            int global = site.global(variable);
            return new Natives.Named(
                    name,
                    (g, a) -> a[0] != null && Values.ifaceEqual((Iface) a[0], (Iface) ((Cell) g.m.globals[global]).o));
        });
    }

    static StructVal file(Object f) {
        if (f == null) {
            throw Panics.nilDeref();
        }
        return (StructVal) f;
    }

    /** Writes to the file's descriptor: 1 is stdout, 2 stderr; anything else fails. */
    static Object[] write(GState g, StructVal file, String bytes) {
        long fd = (Long) file.f[0];
        if (fd != 1 && fd != 2) {
            return Args.tuple(0L, ErrorsLib.newError("write " + file.f[1] + ": bad file descriptor"));
        }
        g.m.write(fd == 2, bytes, g.label());
        return Args.tuple((long) bytes.length(), null);
    }

    static boolean isFile(Iface w) {
        return w != null && w.type().toString().equals("*os.File") && w.value() instanceof StructVal;
    }
}
