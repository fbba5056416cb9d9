// Writes ftoa.golden: strconv.FormatFloat of many values in every format and some precisions, as
// Go 1.19 prints them. Regenerate with: go run ftoa_golden.go > ftoa.golden
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 0.5, 1.5, 2.5, 2.675, 1e6, 1e21, 1e22, 1e23, 123456789, 1.0 / 3, 2.0 / 3,
		5e-324, math.MaxFloat64, 1e-7, 0.000123, 100, 1234.5678, 3.14159265358979, math.Copysign(0, -1),
		math.Inf(1), math.Inf(-1), math.NaN(), 9.999999, 0.05, 0.15, 0.25, 1e-4, 1e-5, 123456, 1234567,
		12345678901234567890.0, math.SmallestNonzeroFloat32, math.MaxFloat32, 16777217, 0.3, 299792458,
		6.02214076e23, 1.7976931348623157e308, 2.2250738585072014e-308, 4.9406564584124654e-324, 98.6}
	fmts := []byte{'e', 'f', 'g', 'E', 'G', 'b', 'x', 'X'}
	precs := []int{-1, 0, 1, 2, 3, 6, 10, 17}
	for _, v := range vals {
		for _, f := range fmts {
			for _, p := range precs {
				for _, bits := range []int{64, 32} {
					fmt.Printf("%d %016x %c %d %s\n", bits, math.Float64bits(v), f, p, strconv.FormatFloat(v, f, p, bits))
				}
			}
		}
	}
}
