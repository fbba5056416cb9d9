// Concepts: closures capturing variables, independent counters, fibonacci generator, functions returning functions
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c1(), c2())

	f := fibonacci()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	add5, add10 := adder(5), adder(10)
	double := func(x int) int { return x * 2 }
	fmt.Println(add5(1), add10(1), compose(add5, double)(1), compose(double, add5)(1))

	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println("x after two calls:", x)

	var fs []func() int
	for _, v := range []int{10, 20, 30} {
		v := v // a copy per iteration
		fs = append(fs, func() int { return v })
	}
	for _, g := range fs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
