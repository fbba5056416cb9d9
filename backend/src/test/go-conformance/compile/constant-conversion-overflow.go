// Concepts: constant conversion overflow, converting constant 70000 to int16, typed constant arithmetic overflow, float constant to int truncated
package main

import "fmt"

func main() {
	fmt.Println(int16(70000))
	fmt.Println(uint8(256))
	const m int8 = 100
	fmt.Println(m * 2)
	var n int = 3.7
	fmt.Println(n, int64(1e19), uint(-1))
}
