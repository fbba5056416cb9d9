package dev.chanscope.lang.interp.fmt;

import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.PanicException;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.Types;

/**
 * fmt's printer (print.go): Print, Println, Printf and Errorf's %w over interface values ({@link
 * Iface} or null). Error() and String() methods are called through the goroutine that prints, so they
 * may do anything Go code does; a panic inside one prints as {@code %!v(PANIC=String method: …)}.
 */
public final class Printer {

    static final String NIL_ANGLE = "<nil>";
    static final String NIL_PAREN = "(nil)";

    final GState g;
    final StringBuilder buf = new StringBuilder();
    final Fmt fmt = new Fmt(buf);
    final ValuePrinter values = new ValuePrinter(this);

    Iface arg;
    boolean argValid;
    RType valueType;
    Object value;
    boolean erroring;
    boolean panicking;
    boolean wrapErrs;
    /** The operand of Errorf's %w, once seen. */
    public Iface wrapped;

    private boolean reordered;
    private boolean goodArgNum;

    public Printer(GState g) {
        this.g = g;
    }

    public String result() {
        return buf.toString();
    }

    // ---- Print and Println ------------------------------------------------------------------------

    public Printer print(Iface[] a) {
        boolean prevString = false;
        for (int i = 0; i < a.length; i++) {
            boolean isString = a[i] != null && a[i].type().kind() == Kind.STRING;
            if (i > 0 && !isString && !prevString) {
                buf.append(' ');
            }
            printArg(a[i], 'v');
            prevString = isString;
        }
        return this;
    }

    public Printer println(Iface[] a) {
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                buf.append(' ');
            }
            printArg(a[i], 'v');
        }
        buf.append('\n');
        return this;
    }

    /** Errorf: like Printf, but %w takes an error and remembers it. */
    public Printer errorf(String format, Iface[] a) {
        wrapErrs = true;
        return printf(format, a);
    }

    // ---- one operand ------------------------------------------------------------------------------

    void printArg(Iface a, char verb) {
        arg = a;
        argValid = a != null;
        valueType = null;
        value = null;
        if (a == null) {
            if (verb == 'T' || verb == 'v') {
                fmt.pad(NIL_ANGLE);
            } else {
                badVerb(verb);
            }
            return;
        }
        RType t = a.type();
        Object v = a.value();
        if (verb == 'T') {
            fmt.fmtS(t.toString());
            return;
        }
        if (verb == 'p') {
            values.fmtPointer(t, v, 'p');
            return;
        }
        if (isPlainBasic(t)) {
            values.printBasic(t, v, verb);
            return;
        }
        if (t.kind() == Kind.SLICE && t.name() == null && t.elem() == Types.UINT8) {
            values.fmtBytes(v == null ? null : ValuePrinter.bytes((Slice) v), verb, "[]byte", t, v);
            return;
        }
        if (!handleMethods(verb)) {
            values.printValue(t, v, verb, 0, true);
        }
    }

    /** The predeclared types printArg formats without looking for methods. */
    private static boolean isPlainBasic(RType t) {
        return (t.kind().isBasicNumber() || t.kind() == Kind.BOOL || t.kind() == Kind.STRING)
                && t == Types.basicOf(t.kind());
    }

    /** Error() and String() (and %w): true when the operand was printed through one of them. */
    boolean handleMethods(char verb) {
        if (erroring) {
            return false;
        }
        if (verb == 'w') {
            Func errorMethod = arg == null ? null : arg.type().methods.stringMethod("Error");
            if (errorMethod == null || !wrapErrs || wrapped != null) {
                wrapped = null;
                wrapErrs = false;
                badVerb(verb);
                return true;
            }
            wrapped = arg;
            verb = 'v';
        }
        if (arg == null) {
            return false;
        }
        if (fmt.sharpV) {
            Func goString = arg.type().methods.stringMethod("GoString");
            if (goString != null) {
                callStringMethod(goString, verb, "GoString", true);
                return true;
            }
            return false;
        }
        if (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q') {
            Func m = arg.type().methods.stringMethod("Error");
            String which = "Error";
            if (m == null) {
                m = arg.type().methods.stringMethod("String");
                which = "String";
            }
            if (m != null) {
                callStringMethod(m, verb, which, false);
                return true;
            }
        }
        return false;
    }

    private void callStringMethod(Func m, char verb, String which, boolean goSyntax) {
        Iface self = arg;
        String s;
        try {
            s = (String) m.call(g, new Object[] {self.value()});
        } catch (PanicException p) {
            if (p.goexit) {
                throw p;
            }
            catchPanic(self, verb, which, p);
            return;
        }
        if (goSyntax) {
            fmt.fmtS(s);
        } else {
            values.fmtString(s, verb);
        }
    }

    private void catchPanic(Iface self, char verb, String method, PanicException p) {
        if (self.type().kind() == Kind.POINTER && self.value() == null) {
            buf.append(NIL_ANGLE);
            return;
        }
        if (panicking) {
            throw p;
        }
        long old = fmt.saveFlags();
        fmt.clearFlags();
        buf.append("%!").append(verb).append("(PANIC=").append(method).append(" method: ");
        panicking = true;
        printArg(p.value() instanceof Iface i ? i : null, 'v');
        panicking = false;
        buf.append(')');
        fmt.restoreFlags(old);
    }

    void badVerb(char verb) {
        erroring = true;
        buf.append("%!");
        appendRune(verb);
        buf.append('(');
        if (argValid) {
            buf.append(arg.type().toString()).append('=');
            printArg(arg, 'v');
        } else if (valueType != null) {
            buf.append(valueType.toString()).append('=');
            values.printValue(valueType, value, 'v', 0, false);
        } else {
            buf.append(NIL_ANGLE);
        }
        buf.append(')');
        erroring = false;
    }

    void appendRune(int r) {
        dev.chanscope.lang.interp.rt.Utf8.append(buf, r);
    }

    // ---- Printf -----------------------------------------------------------------------------------

    public Printer printf(String format, Iface[] a) {
        new Printf(this, format, a).run();
        return this;
    }

    boolean reordered() {
        return reordered;
    }

    void setReordered(boolean r) {
        reordered = r;
    }

    boolean goodArgNum() {
        return goodArgNum;
    }

    void setGoodArgNum(boolean ok) {
        goodArgNum = ok;
    }
}
