package dev.chanscope.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.lang.syntax.Expr;
import org.junit.jupiter.api.Test;

/**
 * Calls of the generic std functions (slices, maps, cmp) infer their type arguments, and Go 1.21's
 * builtins (min, max, clear) and range over integers check. Newer than the Go 1.19 oracle: the
 * expectations are written by hand after Go 1.22's rules.
 */
class GenericStdCallsTest {

    private static CheckResult check(String body, String... imports) {
        StringBuilder src = new StringBuilder("package main\n\n");
        for (String i : imports) {
            src.append("import \"").append(i).append("\"\n");
        }
        src.append("\nfunc main() {\n").append(body).append("}\n");
        return Checker.check(src.toString());
    }

    @Test
    void slicesFunctionsInferElementTypesFromNamedAndUnnamedSlices() {
        CheckResult r = check("""
                	type IDs []int
                	ids := IDs{3, 1, 2}
                	slices.Sort(ids)
                	i, found := slices.BinarySearch(ids, 2)
                	words := []string{"b", "a"}
                	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(a, b) })
                	var more IDs = slices.Insert(ids, 1, 7, 8)
                	fmt.Println(i, found, slices.Contains(words, "a"), slices.Index(more, 7), slices.Max(ids), more)
                	fmt.Println(slices.Equal(ids, more), slices.Reverse, len(slices.Clone(words)))
                """.replace("slices.Reverse, ", ""), "cmp", "fmt", "slices");
        assertThat(r.errorText()).isEmpty();
        Instance sort = r.info().instances().entrySet().stream()
                .filter(e -> e.getKey().name().equals("Sort"))
                .map(java.util.Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
        assertThat(sort.typeArgs()).extracting(TypeString::of).containsExactly("main.IDs", "int");
        assertThat(sort.type().toString()).isEqualTo("func(x main.IDs)");
        Instance insert = r.info().instances().entrySet().stream()
                .filter(e -> e.getKey().name().equals("Insert"))
                .map(java.util.Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
        assertThat(insert.type().results().type(0).toString()).isEqualTo("main.IDs");
    }

    @Test
    void mapsFunctionsInferKeyAndValueTypes() {
        CheckResult r = check("""
                	m := map[string]int{"a": 1}
                	c := maps.Clone(m)
                	maps.Copy(c, m)
                	maps.DeleteFunc(c, func(k string, v int) bool { return v > 1 })
                	println(maps.Equal(m, c), len(c))
                """, "maps");
        assertThat(r.errorText()).isEmpty();
    }

    @Test
    void aTypeArgumentOutsideTheConstraintIsReported() {
        CheckResult r = check("""
                	fs := []func(){}
                	slices.Sort(fs)
                """, "slices");
        assertThat(r.errorText())
                .isEqualTo("prog.go:7:2: func() does not satisfy cmp.Ordered "
                        + "(func() missing in ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 "
                        + "| ~uint64 | ~uintptr | ~float32 | ~float64 | ~string)\n");
    }

    @Test
    void mismatchedArgumentsOfAGenericCallAreReported() {
        CheckResult r = check("""
                	xs := []int{1}
                	_ = slices.Contains(xs, "a")
                	_ = slices.Index(xs, 1.5)
                """, "slices");
        assertThat(r.errorText()).isEqualTo("""
                prog.go:7:26: cannot use "a" (untyped string constant) as int value in argument to slices.Contains
                prog.go:8:23: cannot use 1.5 (untyped float constant) as int value in argument to slices.Index (truncated)
                """);
    }

    @Test
    void aGenericFunctionMustBeCalledNotUsedAsAValue() {
        CheckResult r = check("""
                	f := slices.Sort
                	_ = f
                """, "slices");
        assertThat(r.errorText())
                .isEqualTo("prog.go:6:7: cannot use generic function slices.Sort without instantiation\n");
    }

    @Test
    void minMaxAndClearFollowGo121() {
        CheckResult r = check("""
                	const c = min(3, 1.5, 2)
                	var f float64 = c
                	x, y := 3, 4
                	m := map[int]bool{}
                	clear(m)
                	s := []string{"a"}
                	clear(s)
                	println(f, max(x, y, 10), min("b", "a"))
                """);
        assertThat(r.errorText()).isEmpty();
        TypeAndValue min = r.info().types().entrySet().stream()
                .filter(e -> e.getKey() instanceof Expr.Call call
                        && call.fun() instanceof Expr.Ident id
                        && id.name().equals("min")
                        && call.args().size() == 3)
                .map(java.util.Map.Entry::getValue)
                .findFirst()
                .orElseThrow();
        assertThat(min.value()).isEqualTo(new Constant.Float(Rat.of(1.5)));
    }

    @Test
    void minOfMismatchedTypesAndClearOfANonContainerAreReported() {
        CheckResult r = check("""
                	x, y := 1, 2.5
                	_ = min(x, y)
                	clear(x)
                	_ = max([]int{})
                """);
        assertThat(r.errorText()).isEqualTo("""
                prog.go:6:13: invalid argument: mismatched types int (previous argument) and float64 (type of y)
                prog.go:7:8: invalid argument: cannot clear x (variable of type int): argument must be (or constrained by) map or slice
                prog.go:8:10: invalid argument: []int{} (value of type []int) cannot be ordered
                """);
    }

    @Test
    void rangeOverAnIntegerGivesTheIntegerType() {
        CheckResult r = check("""
                	var n int64 = 3
                	for i := range n {
                		var j int64 = i
                		_ = j
                	}
                	for i := range 10 {
                		var k int = i
                		_ = k
                	}
                	for range 3 {
                	}
                	for i, v := range 3 {
                		_, _ = i, v
                	}
                """);
        assertThat(r.errorText())
                .isEqualTo("prog.go:16:9: range over 3 (untyped int constant) permits only one iteration variable\n");
    }

    @Test
    void errgroupAndSemaphoreCheck() {
        CheckResult r = check("""
                	g, ctx := errgroup.WithContext(context.Background())
                	sem := semaphore.NewWeighted(2)
                	for i := 0; i < 3; i++ {
                		g.Go(func() error {
                			if err := sem.Acquire(ctx, 1); err != nil {
                				return err
                			}
                			defer sem.Release(1)
                			return nil
                		})
                	}
                	if err := g.Wait(); err != nil {
                		println(err.Error())
                	}
                """, "context", "golang.org/x/sync/errgroup", "golang.org/x/sync/semaphore");
        assertThat(r.errorText()).isEmpty();
    }
}
