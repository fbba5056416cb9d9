// Concepts: untyped constant overflows int8, uint8 negative constant, constant too big for int, shift overflow
package main

func main() {
	var x int8 = 200
	var u uint8 = -1
	var big int = 1 << 64
	const huge = 1 << 100
	y := huge
	_, _, _, _ = x, u, big, y
}
