// Concepts: float64 and float32 arithmetic, NaN comparisons, Inf, negative zero, precision loss, strconv.FormatFloat formats
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, math.IsNaN(nan))
	inf := math.Inf(1)
	fmt.Println(inf > math.MaxFloat64, inf-inf, inf*0, -inf < 0, math.IsInf(-inf, -1))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	max := math.MaxFloat64
	fmt.Println(max*2, -max*2, max+1 == max)

	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0, math.Abs(sum-1.0) < 1e-9)

	var f32 float32 = 16777216
	fmt.Println(f32, f32+1, float32(0.1)+float32(0.2), 0.1+0.2)
	f38 := float32(1e38)
	fmt.Println(f38*10, float32(1)/3*3)

	z := 0.0
	negZero := -z
	fmt.Println(negZero, negZero == 0, math.Signbit(negZero), 1/negZero)
	tiny, huge := 5e-324, 1e308
	fmt.Println(huge*10, tiny/2, tiny, 2.0/3.0)

	for _, v := range []float64{0, 1, -1.5, 123456789, 1e21, 1e-7, 0.000123, 3.0e-5, 12345.6789} {
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', 3, 64),
			strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'f', 2, 32))
	}
	fmt.Println(strconv.FormatFloat(1.0/3, 'g', -1, 32), strconv.FormatFloat(2.5, 'b', -1, 64))
}
