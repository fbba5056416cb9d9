package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Cell;
import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.GoMap;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.MethodTable;
import dev.chanscope.lang.interp.rt.Quote;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.StructVal;
import dev.chanscope.lang.interp.rt.Types;
import dev.chanscope.lang.interp.rt.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * flag.PrintDefaults, the one part of package flag not written in Go: it tells whether a flag's
 * default is its type's zero value by building that zero value, which Go does by reflection.
 * Output matches Go 1.19's layout, including the one-letter boolean flags on a single line.
 */
final class FlagLib {

    private FlagLib() {}

    private static final int NAME = 0;
    private static final int USAGE = 1;
    private static final int VALUE = 2;
    private static final int DEF_VALUE = 3;

    static void register(Natives.Registry r) {
        r.factory("flag.PrintDefaults", site -> {
            int formal = site.global("flag.formal");
            return new Natives.Named("flag.PrintDefaults", (g, a) -> {
                GoMap flags = (GoMap) ((Cell) g.m.globals[formal]).o;
                List<StructVal> sorted = new ArrayList<>();
                for (GoMap.Entry e : flags.snapshot()) {
                    sorted.add((StructVal) e.value);
                }
                sorted.sort(Comparator.comparing(f -> (String) f.f[NAME]));
                for (StructVal f : sorted) {
                    g.m.write(true, line(g, f), g.label());
                }
                return null;
            });
        });
    }

    /** One flag's entry: "  -name type", its usage on the same or the next line, and a non-zero default. */
    static String line(GState g, StructVal flag) {
        StringBuilder b = new StringBuilder("  -").append((String) flag.f[NAME]);
        String[] nameUsage = unquoteUsage(flag);
        if (!nameUsage[0].isEmpty()) {
            b.append(' ').append(nameUsage[0]);
        }
        b.append(b.length() <= 4 ? "\t" : "\n    \t");
        b.append(nameUsage[1].replace("\n", "\n    \t"));
        Iface value = (Iface) flag.f[VALUE];
        String def = (String) flag.f[DEF_VALUE];
        if (!isZeroValue(g, value, def)) {
            boolean quoted = value != null && value.type().toString().equals("*flag.stringValue");
            b.append(" (default ")
                    .append(quoted ? Quote.string(def, false) : def)
                    .append(')');
        }
        return b.append('\n').toString();
    }

    /** flag.UnquoteUsage: a `quoted` word of the usage names the argument, else the value's type does. */
    static String[] unquoteUsage(StructVal flag) {
        String usage = (String) flag.f[USAGE];
        int open = usage.indexOf('`');
        if (open >= 0) {
            int close = usage.indexOf('`', open + 1);
            if (close >= 0) {
                String name = usage.substring(open + 1, close);
                return new String[] {name, usage.substring(0, open) + name + usage.substring(close + 1)};
            }
        }
        Iface value = (Iface) flag.f[VALUE];
        String name = "value";
        if (value != null) {
            name = switch (value.type().toString()) {
                case "*flag.durationValue" -> "duration";
                case "*flag.float64Value" -> "float";
                case "*flag.intValue", "*flag.int64Value" -> "int";
                case "*flag.stringValue" -> "string";
                case "*flag.uintValue", "*flag.uint64Value" -> "uint";
                default -> isBoolFlag(value.type()) ? "" : "value";
            };
        }
        return new String[] {name, usage};
    }

    private static boolean isBoolFlag(RType t) {
        if (t.toString().equals("*flag.boolValue")) {
            return true;
        }
        MethodTable.Method m = t.methods.get("IsBoolFlag");
        RType sig = m == null ? null : m.signature();
        return sig != null && sig.params().length == 0 && sig.results().length == 1 && sig.results()[0] == Types.BOOL;
    }

    /** Whether {@code value} is what a new zero value of the flag's type prints through String. */
    private static boolean isZeroValue(GState g, Iface value, String def) {
        if (value == null) {
            return def.isEmpty();
        }
        RType t = value.type();
        Object zero;
        if (t.kind() == Kind.POINTER) {
            RType elem = t.elem();
            zero = elem.kind().isAggregate() ? Values.zero(elem) : Cell.of(elem);
        } else {
            zero = Values.zero(t);
        }
        Func string = t.methods.stringMethod("String");
        return string != null && def.equals(string.call(g, new Object[] {zero}));
    }
}
