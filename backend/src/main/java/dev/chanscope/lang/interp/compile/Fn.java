package dev.chanscope.lang.interp.compile;

import dev.chanscope.lang.interp.exec.FuncCode;
import dev.chanscope.lang.interp.exec.Rep;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.types.Info;
import dev.chanscope.lang.types.Var;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The compile state of one function: where each of its variables lives (slots are never shared
 * between variables, so a frame's layout needs no liveness analysis), the labels of its loops, and
 * the counter that names its function literals as Go does (main.func1, main.func1.1).
 */
final class Fn {

    /** A variable's home: a long or Object slot, in a Cell when captured or address-taken. */
    record Local(Rep rep, int slot, boolean cell, RType type) {
        boolean aggregate() {
            return type.kind().isAggregate();
        }
    }

    final Unit u;
    final Info info;
    final FuncCode code;
    final boolean inMainPackage;
    final Map<Var, Local> locals = new IdentityHashMap<>();
    private final Map<String, Integer> loopLabels = new HashMap<>();
    private int literals;

    Fn(Unit u, Info info, FuncCode code, boolean inMainPackage) {
        this.u = u;
        this.info = info;
        this.code = code;
        this.inMainPackage = inMainPackage;
    }

    /** Gives {@code v} a home in this frame. */
    Local declare(Var v) {
        Local existing = locals.get(v);
        if (existing != null) {
            return existing;
        }
        RType t = u.types.map(v.type());
        Rep rep = Rep.of(t);
        boolean cell = !t.kind().isAggregate() && info.escaping().contains(v);
        Local l = cell || rep == Rep.REF ? new Local(rep, refSlot(), cell, t) : new Local(rep, longSlot(), false, t);
        locals.put(v, l);
        return l;
    }

    int longSlot() {
        return code.longSlots++;
    }

    int refSlot() {
        return code.refSlots++;
    }

    int loopLabel(String name) {
        return loopLabels.computeIfAbsent(name, k -> loopLabels.size() + 1);
    }

    /** The name of this function's next function literal: "main.func1", then "main.func2". */
    String nextLiteralName() {
        literals++;
        String base = code.name;
        return base.matches(".*\\.func\\d+(\\.\\d+)*$") ? base + "." + literals : base + ".func" + literals;
    }

    /** Reports a construct that cannot run; positions outside the program's file are dropped. */
    void problem(int pos, String message) {
        u.problem(inMainPackage ? pos : -1, message);
    }

    /** A position for a problem report: -1 outside the program's own file. */
    int pos(int pos) {
        return inMainPackage ? pos : -1;
    }

    String label(int pos) {
        return inMainPackage ? u.labels.at(pos) : null;
    }

    int line(int pos) {
        return inMainPackage ? u.labels.lineAt(pos) : 0;
    }
}
