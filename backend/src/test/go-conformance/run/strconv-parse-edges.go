// Concepts: strconv.ParseFloat and ParseInt syntax edges: signed zero, underscores between digits only, hex floats need p, no sign before NaN, ASCII digits only
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"-0.0", "-0", "+0", "1_000", "1_0.5", "0x1_0p0", "-1e-400", "0x_1p0", "-0x0p0", ".e1", "1e", "0x1p", "0x.8p1", "1__0", "1_", "_1", "1_.5", "1._5", "1e_5", "1e1_0", "0x1p1_0", "0x1", "0x.p1", "+nan", "-Inf", "+infinity", "1.5e+3", ".", "e5", "١٢", "0X1P-2", "1E3", "1d", "0x1p-2f"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
		f32, err := strconv.ParseFloat(s, 32)
		fmt.Println(s, f32, err)
	}
	for _, s := range []string{"1_000", "1__0", "0x_ff", "0_7", "_1", "1_", "0b1_0", "0x_", "١٢", "0o_17", "-0x_1"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, n, err)
		m, err := strconv.ParseInt(s, 10, 64)
		fmt.Println(s, m, err)
	}
}
