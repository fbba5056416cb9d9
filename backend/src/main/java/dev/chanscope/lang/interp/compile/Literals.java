package dev.chanscope.lang.interp.compile;

import dev.chanscope.lang.interp.exec.Closure;
import dev.chanscope.lang.interp.exec.Composite;
import dev.chanscope.lang.interp.exec.Ex;
import dev.chanscope.lang.interp.exec.Frame;
import dev.chanscope.lang.interp.exec.FuncCode;
import dev.chanscope.lang.interp.exec.Rep;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.types.Array;
import dev.chanscope.lang.types.Constant;
import dev.chanscope.lang.types.MapType;
import dev.chanscope.lang.types.Pointer;
import dev.chanscope.lang.types.Signature;
import dev.chanscope.lang.types.Slice;
import dev.chanscope.lang.types.Struct;
import dev.chanscope.lang.types.Type;
import dev.chanscope.lang.types.TypeAndValue;
import dev.chanscope.lang.types.Var;
import java.util.ArrayList;
import java.util.List;

/** Composite literals and function literals (closures over the variables they capture). */
final class Literals {

    private final ExprCompiler x;

    Literals(ExprCompiler x) {
        this.x = x;
    }

    Ex composite(Expr.CompositeLit lit) {
        Type t = x.typeOf(lit);
        if (t.underlying() instanceof Pointer p) {
            // An elided &T inside an outer literal: the aggregate is its own pointer.
            return literalOf(lit, p.elem());
        }
        return literalOf(lit, t);
    }

    private Ex literalOf(Expr.CompositeLit lit, Type t) {
        RType rt = x.rtype(t);
        return switch (t.underlying()) {
            case Struct s -> struct(lit, s, rt);
            case Array a -> {
                Elements e = elements(lit, a.elem());
                yield new Composite.Array(rt, e.indexes(), e.values());
            }
            case Slice sl -> {
                Elements e = elements(lit, sl.elem());
                RType arrayType = x.fn.u.types.types.array(e.length(), rt.elem());
                yield new Composite.SliceLit(arrayType, e.length(), e.indexes(), e.values());
            }
            case MapType m -> {
                List<Expr> elts = lit.elts();
                Ex[] keys = new Ex[elts.size()];
                Ex[] values = new Ex[elts.size()];
                for (int i = 0; i < elts.size(); i++) {
                    Expr.KeyValue kv = (Expr.KeyValue) elts.get(i);
                    keys[i] = x.owned(kv.key(), m.key());
                    values[i] = x.owned(kv.value(), m.elem());
                }
                yield new Composite.MapLit(rt, keys, values);
            }
            default -> x.unsupported(lit, "a composite literal of type " + t);
        };
    }

    private Ex struct(Expr.CompositeLit lit, Struct s, RType rt) {
        List<Expr> elts = lit.elts();
        int[] fields = new int[elts.size()];
        Ex[] values = new Ex[elts.size()];
        for (int i = 0; i < elts.size(); i++) {
            Expr e = elts.get(i);
            int index = i;
            if (e instanceof Expr.KeyValue kv) {
                String name = ((Expr.Ident) kv.key()).name();
                for (int k = 0; k < s.numFields(); k++) {
                    if (s.field(k).name().equals(name)) {
                        index = k;
                        break;
                    }
                }
                e = kv.value();
            }
            fields[i] = index;
            values[i] = x.owned(e, s.field(index).type());
        }
        return new Composite.Struct(rt, fields, values);
    }

    record Elements(int[] indexes, Ex[] values, int length) {}

    /** Array or slice elements: keys are constant indexes; unkeyed elements follow the previous one. */
    private Elements elements(Expr.CompositeLit lit, Type elem) {
        List<Expr> elts = lit.elts();
        int[] indexes = new int[elts.size()];
        Ex[] values = new Ex[elts.size()];
        int next = 0;
        int length = 0;
        for (int i = 0; i < elts.size(); i++) {
            Expr e = elts.get(i);
            if (e instanceof Expr.KeyValue kv) {
                TypeAndValue ktv = x.tv(kv.key());
                next = (int) ((Constant.Int) ktv.value()).value().longValue();
                e = kv.value();
            }
            indexes[i] = next;
            values[i] = x.owned(e, elem);
            next++;
            length = Math.max(length, next);
        }
        Type t = x.typeOf(lit);
        if (t.underlying() instanceof Array a) {
            length = (int) a.len();
        }
        return new Elements(indexes, values, length);
    }

    /** func(...) {...}: a closure over the variables the body uses from enclosing functions. */
    Ex funcLit(Expr.FuncLit lit) {
        Fn outer = x.fn;
        String name = outer.nextLiteralName();
        String goroutineName = name.substring(name.lastIndexOf('.') + 1);
        if (goroutineName.matches("\\d+")) {
            String trimmed = name.substring(0, name.lastIndexOf('.'));
            goroutineName = trimmed.substring(trimmed.lastIndexOf('.') + 1) + "." + goroutineName;
        }
        FuncCode code = new FuncCode(name, goroutineName, outer.line(lit.pos()));
        Fn inner = new Fn(outer.u, outer.info, code, outer.inMainPackage);
        List<Var> captured = outer.info.captures(lit);
        List<Ex> env = new ArrayList<>();
        int[] envSlots = new int[captured.size()];
        for (int i = 0; i < captured.size(); i++) {
            Var v = captured.get(i);
            Fn.Local l = outer.locals.get(v);
            if (l == null) {
                l = outer.declare(v);
            }
            env.add(dev.chanscope.lang.interp.exec.Locals.load(Rep.REF, l.slot(), false));
            int slot = inner.refSlot();
            envSlots[i] = slot;
            inner.locals.put(v, new Fn.Local(l.rep(), slot, l.cell(), l.type()));
            if (!l.cell() && !l.type().kind().isAggregate()) {
                outer.problem(lit.pos(), "capturing " + v.name() + " (it should live in a cell)");
            }
        }
        code.envSlots = envSlots;
        Signature sig = (Signature) x.typeOf(lit);
        outer.u.later(() -> new FuncCompiler(inner).compileBody(sig, lit.type(), lit.body()));
        return new MakeClosure(code, env.toArray(new Ex[0]));
    }

    static final class MakeClosure extends Ex {
        final FuncCode code;
        final Ex[] env;

        MakeClosure(FuncCode code, Ex[] env) {
            this.code = code;
            this.env = env;
        }

        @Override
        public Object eval(Frame f) {
            Object[] e = new Object[env.length];
            for (int i = 0; i < e.length; i++) {
                e[i] = env[i].eval(f);
            }
            return new Closure(code, e);
        }
    }

    static boolean aggregate(RType t) {
        return t.kind() == Kind.STRUCT || t.kind() == Kind.ARRAY;
    }
}
