// Concepts: integer division by constant zero, modulo by zero, float division of constants by zero
package main

func main() {
	n := 10
	_ = n / 0
	_ = n % 0
	const z = 0
	_ = 5 / z
	_ = 1.0 / 0.0
}
