// Concepts: constant expressions, integer constant division, math.MinInt64 / -1 as Go 1.19 folds it, typed constants, untyped constants, overflow checks on constants
package main

import (
	"fmt"
	"math"
)

const (
	third   = 10 / 3
	exact   = 10.0 / 4
	wrapped = math.MinInt64 / -1
	huge    = 1 << 100
	back    = huge >> 98
)

func main() {
	fmt.Println(third, exact, back)
	// Go 1.19 divides constants that fit in an int64 as int64s: this one wraps rather than failing
	// to compile as 1<<63 would.
	fmt.Println(wrapped, wrapped < 0, int64(math.MinInt64)/-1, math.MinInt64%-1)
	var x int64 = math.MinInt64
	y := int64(-1)
	fmt.Println(x/y, x%y, -x == x)
	fmt.Println(int8(-128)/2, uint64(math.MaxUint64)/3, -7/2, -7%2, 7/-2)
}
