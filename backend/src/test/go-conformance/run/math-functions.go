// Concepts: math package Sqrt Pow Floor Ceil Trunc Round RoundToEven Abs Mod Hypot Max Min Log Exp trig, integer limits
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Cbrt(27))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(10, -2), math.Pow(0, 0))
	for _, v := range []float64{2.5, -2.5, 3.7, -3.2, 0.5} {
		fmt.Println(v, math.Floor(v), math.Ceil(v), math.Trunc(v), math.Round(v), math.RoundToEven(v))
	}
	fmt.Println(math.Abs(-7.25), math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.Hypot(3, 4), math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Log1p(1e-10))
	fmt.Printf("%.6f %.6f %.6f\n", math.Exp(1), math.Exp2(10), math.Expm1(1e-5))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Atan2(1, 1))
	fmt.Printf("%.4f %.4f\n", math.Asin(1), math.Acos(0))
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(3.75)
	fmt.Println(frac, exp, ip, fp, math.Ldexp(0.5, 4))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint16, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxUint32)
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1))
	fmt.Println(math.Inf(-1), math.Sqrt(-1), math.Log(0), math.IsInf(math.Exp(1000), 1))
}
