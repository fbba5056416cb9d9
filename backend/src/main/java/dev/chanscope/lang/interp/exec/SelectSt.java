package dev.chanscope.lang.interp.exec;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.GoPanic;
import dev.chanscope.engine.Select;
import dev.chanscope.lang.interp.rt.Values;

/**
 * select: every channel operand and value to send is evaluated once, in source order, then the
 * engine's select chooses (uniformly among ready cases, from the run's seed; the default when none
 * is; else it parks on all). A receive clause finds {value, ok} in {@code tupleSlot} for its
 * assignments; break leaves the select.
 */
public final class SelectSt extends St {

    /** One clause: a send ({@code value} set), a receive, or the default ({@code chan} null). */
    public record Clause(
            Ex chan, Ex value, boolean send, St body, String label, dev.chanscope.lang.interp.rt.RType elem) {}

    final Clause[] clauses;
    final int tupleSlot;
    final String label;
    final int loopLabel;

    public SelectSt(Clause[] clauses, int tupleSlot, String label, int loopLabel) {
        this.clauses = clauses;
        this.tupleSlot = tupleSlot;
        this.label = label;
        this.loopLabel = loopLabel;
    }

    @Override
    public int exec(Frame f) {
        Select sel = f.g.m.go.select();
        int[] clauseOfCase = new int[clauses.length];
        int cases = 0;
        int defaultClause = -1;
        for (int i = 0; i < clauses.length; i++) {
            Clause c = clauses[i];
            if (c.chan() == null) {
                defaultClause = i;
                continue;
            }
            Chan<Object> ch = ChanOps.chan(f, c.chan().eval(f));
            if (c.send()) {
                sel.send(ch, c.value().eval(f), c.label());
            } else {
                sel.recv(ch, c.label());
            }
            clauseOfCase[cases++] = i;
        }
        if (defaultClause >= 0) {
            sel.withDefault();
        }
        f.g.waitReason = cases == 0 ? "select (no cases)" : "select";
        Select.Case<?> chosen;
        try {
            chosen = sel.run(label);
        } catch (GoPanic e) {
            throw EngineOps.convert(e);
        }
        int clause = chosen == Select.DEFAULT ? defaultClause : clauseOfCase[chosen.index()];
        Clause c = clauses[clause];
        if (c.chan() != null && !c.send() && tupleSlot >= 0) {
            f.o[tupleSlot] = new Object[] {Values.copy(c.elem(), chosen.value()), chosen.ok()};
        }
        int code = c.body().exec(f);
        if (code == BREAK || (loopLabel != 0 && code == breakTo(loopLabel))) {
            return NEXT;
        }
        return code;
    }
}
