// Concepts: variadic functions, passing a slice with ..., multiple return values, named results, function types, higher-order helpers
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) (total int, count int) {
	for _, n := range nums {
		total += n
	}
	count = len(nums)
	return
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

type predicate func(int) bool

func filter(xs []int, keep predicate) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	fmt.Println(sum())
	fmt.Println(sum(1, 2, 3))
	nums := []int{4, 5, 6, 7}
	fmt.Println(sum(nums...))
	fmt.Println(join("/", "usr", "local", "go"), join("-"), len(join("")))
	even := predicate(func(n int) bool { return n%2 == 0 })
	fmt.Println(filter([]int{1, 2, 3, 4, 5, 6}, even), filter(nil, even) == nil)
	fmt.Println(mapInts(nums, func(n int) int { return n * n }))
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	var f func()
	fmt.Println(f == nil)
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4), len(ops))
	fmt.Printf("%T\n", ops["add"])
}
