// Concepts: cannot use value as type in assignment and variable declaration, untyped constant truncation
package main

func main() {
	var n int = "ten"
	var s string
	s = 5
	var f float64 = 1
	n = f
	var i int = 2.5
	_, _, _ = n, s, i
}
