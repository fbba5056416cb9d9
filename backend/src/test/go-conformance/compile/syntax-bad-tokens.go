// Concepts: syntax errors in expressions, var with := , missing operand, invalid character, unterminated string
package main

func main() {
	var x := 1
	y := 2 +
	z := x * * y
	s := "unterminated
	_ = s
}
