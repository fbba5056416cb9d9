package dev.chanscope.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.lang.syntax.Decl;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.Node;
import dev.chanscope.lang.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the checker records for the interpreter: captures, escapes, selections, implicits, init order, types. */
class InfoTest {

    private static CheckResult ok(String src) {
        CheckResult r = Checker.check(src);
        assertThat(r.errorText()).isEmpty();
        return r;
    }

    private static Var local(CheckResult r, String name) {
        return r.info().defs().values().stream()
                .filter(o -> o instanceof Var v && v.name().equals(name))
                .map(o -> (Var) o)
                .findFirst()
                .orElseThrow();
    }

    private static List<Expr.FuncLit> funcLits(CheckResult r) {
        List<Expr.FuncLit> out = new ArrayList<>();
        for (Expr e : r.info().types().keySet()) {
            if (e instanceof Expr.FuncLit f) {
                out.add(f);
            }
        }
        out.sort((a, b) -> Integer.compare(a.pos(), b.pos()));
        return out;
    }

    @Test
    void functionLiteralsRecordTheVariablesTheyCaptureIncludingThroughNestedLiterals() {
        CheckResult r = ok("""
                package main

                func main() {
                	x, y, unused := 1, 2, 3
                	_ = unused
                	f := func() int {
                		g := func() int { return x + y }
                		return g()
                	}
                	h := func(a int) int { return a }
                	_, _ = f, h
                }
                """);
        List<Expr.FuncLit> lits = funcLits(r);
        assertThat(lits).hasSize(3);
        assertThat(r.info().captures(lits.get(0))).extracting(Var::name).containsExactly("x", "y");
        assertThat(r.info().captures(lits.get(1))).extracting(Var::name).containsExactly("x", "y");
        assertThat(r.info().captures(lits.get(2))).isEmpty();
        assertThat(r.info().escaping()).extracting(Var::name).containsExactlyInAnyOrder("x", "y");
    }

    @Test
    void assigningToACapturedVariableIsACaptureButNotAUse() {
        CheckResult r = ok("""
                package main

                func main() {
                	done := false
                	go func() { done = true }()
                	println(done)
                }
                """);
        assertThat(r.info().captures(funcLits(r).getFirst()))
                .extracting(Var::name)
                .containsExactly("done");
    }

    @Test
    void takingAnAddressOrCallingAPointerMethodOrSlicingAnArrayMakesAVariableEscape() {
        CheckResult r = ok("""
                package main

                type T struct{ n int }

                func (t *T) Inc() { t.n++ }

                func main() {
                	a, b, c, d, e := 1, T{}, [3]int{}, T{}, 5
                	p := &a
                	b.Inc()
                	s := c[:]
                	q := &d.n
                	_, _, _, _ = p, s, q, e
                }
                """);
        assertThat(r.info().escaping()).extracting(Var::name).containsExactlyInAnyOrder("a", "b", "c", "d");
    }

    @Test
    void promotedFieldSelectionsRecordThePathThroughEmbeddedFields() {
        CheckResult r = ok("""
                package main

                type Inner struct{ V int }

                func (i Inner) Get() int { return i.V }

                type Mid struct{ *Inner }

                type Outer struct {
                	pad int
                	Mid
                }

                func main() {
                	var o Outer
                	_ = o.V
                	_ = o.Get
                	_ = Outer.Get
                	_ = o.pad
                }
                """);
        Map<Expr.Selector, Selection> sels = r.info().selections();
        Selection field = sels.values().stream()
                .filter(sel ->
                        sel.obj().name().equals("V") && sel.recv().toString().equals("main.Outer"))
                .findFirst()
                .orElseThrow();
        assertThat(field.kind()).isEqualTo(Selection.Kind.FIELD_VAL);
        assertThat(field.index()).containsExactly(1, 0, 0);
        assertThat(field.indirect()).isTrue();
        Selection method = sels.entrySet().stream()
                .filter(e ->
                        e.getKey().sel().name().equals("Get") && e.getValue().kind() == Selection.Kind.METHOD_VAL)
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
        assertThat(method.index()).containsExactly(1, 0, 0);
        assertThat(method.type().toString()).isEqualTo("func() int");
        Selection expr = sels.values().stream()
                .filter(s -> s.kind() == Selection.Kind.METHOD_EXPR)
                .findFirst()
                .orElseThrow();
        assertThat(expr.type().toString()).isEqualTo("func(main.Outer) int");
        assertThat(byName(sels, "pad").index()).containsExactly(0);
    }

    private static Selection byName(Map<Expr.Selector, Selection> sels, String name) {
        return sels.entrySet().stream()
                .filter(e -> e.getKey().sel().name().equals(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void pointerMethodCallsOnAddressableValuesAreMarkedForAutomaticAddress() {
        CheckResult r = ok("""
                package main

                import "sync"

                func main() {
                	var mu sync.Mutex
                	mu.Lock()
                	p := &mu
                	p.Unlock()
                }
                """);
        Selection lock = byName(r.info().selections(), "Lock");
        Selection unlock = byName(r.info().selections(), "Unlock");
        assertThat(lock.addressOfRecv()).isTrue();
        assertThat(unlock.addressOfRecv()).isFalse();
        assertThat(((Func) lock.obj()).fullName()).isEqualTo("(*sync.Mutex).Lock");
        assertThat(((Func) lock.obj()).isNative()).isTrue();
    }

    @Test
    void typeSwitchClausesDeclareOneImplicitVariableEachWithTheClauseType() {
        CheckResult r = ok("""
                package main

                import "fmt"

                func main() {
                	var x any = 1
                	switch v := x.(type) {
                	case int:
                		fmt.Println(v + 1)
                	case string, error:
                		fmt.Println(v)
                	default:
                		_ = v
                	}
                }
                """);
        java.util.TreeMap<Integer, String> types = new java.util.TreeMap<>();
        for (Map.Entry<Node, Obj> e : r.info().implicits().entrySet()) {
            if (e.getKey() instanceof Stmt.CaseClause c) {
                types.put(c.pos(), e.getValue().type().toString());
            } else {
                assertThat(e.getValue()).isInstanceOf(PkgName.class);
            }
        }
        assertThat(types.values()).containsExactly("int", "any", "any");
    }

    @Test
    void packageVariablesInitializeDependenciesFirstThenInDeclarationOrder() {
        CheckResult r = ok("""
                package main

                var a = b + 1
                var b = f()
                var x, y = pair()
                var c = 1
                var _ = c

                func f() int { return c * 2 }

                func pair() (int, int) { return 1, 2 }

                func main() { println(a, x, y) }
                """);
        List<String> order = new ArrayList<>();
        for (Initializer init : r.info().initOrder()) {
            order.add(String.join(",", init.lhs().stream().map(Var::name).toList()));
        }
        assertThat(order).containsExactly("x,y", "c", "b", "a", "_");
    }

    @Test
    void untypedConstantsTakeTheTypeTheirContextGivesThem() {
        CheckResult r = ok("""
                package main

                import "fmt"

                func main() {
                	s := uint(3)
                	var x int64 = 1 << s
                	var f float32 = 1.5
                	fmt.Println(x, f, 2)
                }
                """);
        Map<Expr, TypeAndValue> types = r.info().types();
        TypeAndValue shift = types.entrySet().stream()
                .filter(e -> e.getKey() instanceof Expr.Binary)
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
        assertThat(shift.type()).isEqualTo(Typ.INT64);
        assertThat(shift.mode()).isEqualTo(Mode.VALUE);
        TypeAndValue two = types.entrySet().stream()
                .filter(e -> e.getKey() instanceof Expr.BasicLit l && l.value().equals("2"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
        assertThat(two.type()).isEqualTo(Typ.INT);
        assertThat(two.value()).isEqualTo(Constant.of(2));
        TypeAndValue f = types.entrySet().stream()
                .filter(e -> e.getKey() instanceof Expr.BasicLit l && l.value().equals("1.5"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
        assertThat(f.type()).isEqualTo(Typ.FLOAT32);
    }

    @Test
    void commaOkFormsRecordATupleOfValueAndBool() {
        CheckResult r = ok("""
                package main

                func main() {
                	m := map[string]int{}
                	ch := make(chan int)
                	var i any
                	v, ok := m["a"]
                	w, ok2 := <-ch
                	n, ok3 := i.(int)
                	_, _, _, _, _, _ = v, ok, w, ok2, n, ok3
                }
                """);
        long commaOk = r.info().types().values().stream()
                .filter(tv -> tv.mode() == Mode.COMMAOK)
                .count();
        assertThat(commaOk).isEqualTo(3);
        TypeAndValue idx = r.info().types().entrySet().stream()
                .filter(e -> e.getKey() instanceof Expr.Index)
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
        assertThat(idx.type().toString()).isEqualTo("(int, bool)");
    }

    @Test
    void constantsHaveExactValuesAndIotaCounts() {
        CheckResult r = ok("""
                package main

                const (
                	A = iota * 10
                	B
                	C
                	Big = 1 << 100
                	Small = Big >> 98
                	F = 1.0 / 3
                )

                func main() { println(A, B, C, Small, F) }
                """);
        Map<String, Constant> values = new java.util.HashMap<>();
        for (Obj o : r.pkg().scope().elems().values()) {
            if (o instanceof Const c) {
                values.put(c.name(), c.value());
            }
        }
        assertThat(values.get("C")).isEqualTo(Constant.of(20));
        assertThat(values.get("Small")).isEqualTo(Constant.of(4));
        assertThat(values.get("F"))
                .isEqualTo(new Constant.Float(new Rat(java.math.BigInteger.ONE, java.math.BigInteger.valueOf(3))));
    }

    @Test
    void methodsOfStdTypesAreFoundByTheirQualifiedNames() {
        StdLibrary.StdPackage time = StdLibrary.shared().get("time");
        Named duration = (Named) time.pkg().scope().lookup("Duration").type();
        assertThat(duration.method(null, "String").fullName()).isEqualTo("(time.Duration).String");
        Func sleep = (Func) time.pkg().scope().lookup("Sleep");
        assertThat(sleep.fullName()).isEqualTo("time.Sleep");
        assertThat(sleep.isNative()).isTrue();
        Func since = (Func) time.pkg().scope().lookup("Since");
        assertThat(since.isNative()).isFalse();
        assertThat(since.decl()).isInstanceOf(Decl.FuncDecl.class);
    }

    @Test
    void breakAndContinueUseTheirLabelEvenAfterAFunctionLiteral() {
        CheckResult r = ok("""
                package main

                func main() {
                outer:
                	for i := 0; i < 3; i++ {
                		f := func() {
                		inner:
                			for {
                				break inner
                			}
                		}
                		f()
                		continue outer
                	}
                }
                """);
        java.util.List<String> used = new ArrayList<>();
        for (Map.Entry<Expr.Ident, Obj> e : r.info().uses().entrySet()) {
            if (e.getValue() instanceof Label l) {
                assertThat(r.info().defs().values()).contains(l);
                used.add(l.name());
            }
        }
        assertThat(used).containsExactlyInAnyOrder("inner", "outer");
    }
}
