package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.Ref;
import dev.chanscope.lang.interp.rt.Slice;

/**
 * fmt.Sscan, Sscanln and Sscanf for the common operands (pointers to integers, floats, strings,
 * bools): fields separated by spaces; Sscanf reads a field for each verb and skips literal text.
 */
final class Scan {

    private Scan() {}

    static void register(Natives.Registry r) {
        r.fn("fmt.Sscan", (g, a) -> scan(g, Args.s(a[0]), (Slice) a[1], false));
        r.fn("fmt.Sscanln", (g, a) -> scan(g, Args.s(a[0]).split("\n", 2)[0], (Slice) a[1], false));
        r.fn("fmt.Sscanf", (g, a) -> scan(g, Args.s(a[0]), (Slice) a[2], true));
    }

    private static Object[] scan(GState g, String input, Slice targets, boolean formatted) {
        String[] fields =
                input.strip().isEmpty() ? new String[0] : input.strip().split("\\s+");
        int n = 0;
        for (int i = 0; targets != null && i < targets.len; i++) {
            Iface t = (Iface) ((Object[]) targets.array)[targets.off + i];
            if (i >= fields.length) {
                return Args.tuple((long) n, ErrorsLib.newError("unexpected EOF"));
            }
            String field = fields[i];
            Kind k = t.type().elem().kind();
            Ref ref = (Ref) t.value();
            try {
                if (k.isInteger()) {
                    ref.storeLong(Long.parseLong(field));
                } else if (k.isFloat()) {
                    ref.storeDouble(Double.parseDouble(field));
                } else if (k == Kind.BOOL) {
                    ref.store(Boolean.parseBoolean(field));
                } else if (k == Kind.STRING) {
                    ref.store(field);
                } else {
                    return Args.tuple((long) n, ErrorsLib.newError("can't scan type: " + t.type()));
                }
            } catch (NumberFormatException e) {
                return Args.tuple((long) n, ErrorsLib.newError("expected integer"));
            }
            n++;
        }
        return Args.tuple((long) n, null);
    }
}
