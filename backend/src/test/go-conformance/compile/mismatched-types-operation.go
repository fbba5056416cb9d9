// Concepts: invalid operation with mismatched types, int plus string, int plus float64 variable, comparing different named types
package main

import "time"

type celsius float64
type fahrenheit float64

func main() {
	n := 1
	s := "a"
	f := 2.5
	_ = n + s
	_ = n * f
	var c celsius = 10
	var h fahrenheit = 50
	_ = c == h
	var d time.Duration = 2
	_ = d * n
	_ = "x" * 2
}
