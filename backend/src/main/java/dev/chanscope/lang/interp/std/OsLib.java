package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.StructVal;

/**
 * os: Exit ends the run without running deferred calls; Stdout and Stderr write the program's
 * output; there is no file system, environment or stdin (reads see end of file).
 */
final class OsLib {

    private OsLib() {}

    static void register(Natives.Registry r) {
        r.fn("os.Exit", (g, a) -> {
            g.m.exitCode = (int) Args.i(a[0]);
            throw g.m.go.exit();
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
