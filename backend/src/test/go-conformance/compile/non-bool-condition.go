// Concepts: non-boolean condition in if and for statements, int used as bool, ! on an int
package main

func main() {
	n := 3
	if n {
		n--
	}
	for n {
		n--
	}
	ok := !n
	_ = ok
}
