// Concepts: no new variables on left side of :=, redeclared in this block, assignment count mismatch
package main

func pair() (int, int) { return 1, 2 }

func main() {
	a := 1
	a := 2
	var b int
	var b string
	c, d := pair(), 3
	e := pair()
	f, g, h := pair()
	_, _, _, _, _, _ = a, c, d, e, f, g
	_ = h
}
