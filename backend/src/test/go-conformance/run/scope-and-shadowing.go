// Concepts: block scopes, shadowing with :=, if/else init scopes, package-level variables and init order, init function
package main

import "fmt"

var (
	total = compute()
	base  = 10
)

func compute() int { return base * 2 }

func init() {
	fmt.Println("init runs before main: total =", total, "base =", base)
}

func main() {
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)

	if x := 5; x > 3 {
		fmt.Println("if x", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("never", y)
	} else {
		fmt.Println("else sees x", x, "and y", y)
	}

	err := fmt.Errorf("outer")
	if true {
		_, err := fmt.Sscan("42", new(int))
		fmt.Println("inner err:", err)
	}
	fmt.Println("outer err:", err)

	for i := 0; i < 2; i++ {
		i := i * 10
		fmt.Print(i, " ")
	}
	fmt.Println()
	a, b := 1, 2
	a, b = b, a
	b, c := 3, 4 // b is reused, c is new
	fmt.Println(a, b, c)
}
