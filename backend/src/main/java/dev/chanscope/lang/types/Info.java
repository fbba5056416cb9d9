package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the checker found, in side tables keyed by syntax node identity, after go/types' Info. Every
 * table is filled for a program that checked without errors; after errors they are partial.
 *
 * <ul>
 *   <li>{@link #types()}: every expression (types and constants included) → mode, final type and
 *       constant value. Untyped constants have the type the context gave them ({@code var x int64 = 1
 *       << s}: the shift is int64).
 *   <li>{@link #defs()}: identifiers that declare something → the object (null for the package name,
 *       a blank {@code _} declares a {@link Var} like any other, method and field names included).
 *   <li>{@link #uses()}: identifiers that refer to an object, selectors' {@code sel} included.
 *   <li>{@link #implicits()}: objects declared without an identifier: the {@link PkgName} of an
 *       import without a name (key: the {@code ImportSpec}); the variable of each clause of a type
 *       switch {@code switch v := x.(type)} (key: the {@code CaseClause}).
 *   <li>{@link #selections()}: every field or method selector {@code x.f} (not {@code pkg.Name}).
 *   <li>{@link #scopes()}: the scope each node opens: the file, function types (of declarations and
 *       literals), blocks, if/for/switch/type switch/select/range statements and each case clause.
 *   <li>{@link #initOrder()}: package-level variable initializers in the order Go runs them
 *       (dependencies first, then declaration order).
 *   <li>{@link #captures()}: for each function literal, the variables of enclosing functions it
 *       refers to (also through nested literals), in order of first reference.
 *   <li>{@link #escaping()}: local variables (parameters and results included) that must live in a
 *       shared cell: a function literal captures them, or their address is taken ({@code &x}, a
 *       pointer-method call or method value on {@code x}, slicing an array variable {@code a[:]}), also
 *       through a field or array element of them.
 *   <li>{@link #instances()}: each identifier naming a generic std function in a call → the inferred
 *       type arguments and the instantiated signature.
 * </ul>
 */
public final class Info {

    private final Map<Expr, TypeAndValue> types = new IdentityHashMap<>();
    private final Map<Expr.Ident, Obj> defs = new IdentityHashMap<>();
    private final Map<Expr.Ident, Obj> uses = new IdentityHashMap<>();
    private final Map<Node, Obj> implicits = new IdentityHashMap<>();
    private final Map<Expr.Selector, Selection> selections = new IdentityHashMap<>();
    private final Map<Node, Scope> scopes = new IdentityHashMap<>();
    private final List<Initializer> initOrder = new ArrayList<>();
    private final Map<Expr.FuncLit, Set<Var>> captures = new IdentityHashMap<>();
    private final Set<Var> escaping = new LinkedHashSet<>();
    private final Map<Expr.Ident, Instance> instances = new IdentityHashMap<>();

    public Map<Expr, TypeAndValue> types() {
        return Collections.unmodifiableMap(types);
    }

    public Map<Expr.Ident, Obj> defs() {
        return Collections.unmodifiableMap(defs);
    }

    public Map<Expr.Ident, Obj> uses() {
        return Collections.unmodifiableMap(uses);
    }

    public Map<Node, Obj> implicits() {
        return Collections.unmodifiableMap(implicits);
    }

    public Map<Expr.Selector, Selection> selections() {
        return Collections.unmodifiableMap(selections);
    }

    public Map<Node, Scope> scopes() {
        return Collections.unmodifiableMap(scopes);
    }

    public List<Initializer> initOrder() {
        return Collections.unmodifiableList(initOrder);
    }

    /** The variables {@code lit} captures, in order of first reference; empty when none. */
    public List<Var> captures(Expr.FuncLit lit) {
        Set<Var> c = captures.get(lit);
        return c == null ? List.of() : List.copyOf(c);
    }

    public Map<Expr.FuncLit, List<Var>> captures() {
        Map<Expr.FuncLit, List<Var>> out = new IdentityHashMap<>();
        captures.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** Local variables that need a cell (captured or address taken), in order of discovery. */
    public Set<Var> escaping() {
        return Collections.unmodifiableSet(escaping);
    }

    public Map<Expr.Ident, Instance> instances() {
        return Collections.unmodifiableMap(instances);
    }

    /** The type of an expression, or null when unknown. */
    public Type typeOf(Expr e) {
        TypeAndValue tv = types.get(e);
        if (tv != null) {
            return tv.type();
        }
        if (e instanceof Expr.Ident id) {
            Obj o = objectOf(id);
            return o != null ? o.type() : null;
        }
        return null;
    }

    /** The object an identifier defines or uses, or null. */
    public Obj objectOf(Expr.Ident id) {
        Obj o = defs.get(id);
        return o != null ? o : uses.get(id);
    }

    // ---- recording, for the checker

    void recordType(Expr e, TypeAndValue tv) {
        types.put(e, tv);
    }

    TypeAndValue recorded(Expr e) {
        return types.get(e);
    }

    void recordDef(Expr.Ident id, Obj obj) {
        defs.put(id, obj);
    }

    void recordUse(Expr.Ident id, Obj obj) {
        uses.put(id, obj);
    }

    void recordImplicit(Node n, Obj obj) {
        implicits.put(n, obj);
    }

    void recordSelection(Expr.Selector s, Selection sel) {
        selections.put(s, sel);
    }

    void recordScope(Node n, Scope s) {
        scopes.put(n, s);
    }

    void addInitializer(Initializer init) {
        initOrder.add(init);
    }

    void recordCapture(Expr.FuncLit lit, Var v) {
        captures.computeIfAbsent(lit, k -> new LinkedHashSet<>()).add(v);
    }

    void recordEscape(Var v) {
        escaping.add(v);
    }

    void recordInstance(Expr.Ident id, Instance inst) {
        instances.put(id, inst);
    }
}
