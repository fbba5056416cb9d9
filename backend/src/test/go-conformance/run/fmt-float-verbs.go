// Concepts: fmt float verbs %f %.2f %8.3f %-8.2f %05.2f %e %E %g %G %v, Println of floats, NaN and Inf, float32
package main

import (
	"fmt"
	"math"
)

func main() {
	x := 3.14159265358979
	fmt.Printf("[%f] [%.2f] [%8.3f] [%-8.2f] [%05.2f] [%+.1f]\n", x, x, x, x, x, x)
	fmt.Printf("[%e] [%E] [%.3e] [%g] [%G] [%.3g]\n", x, x, x, x, x, x)
	big, small := 123456789.0, 0.000012345
	fmt.Printf("[%f] [%e] [%g] [%v]\n", big, big, big, big)
	fmt.Printf("[%f] [%e] [%g] [%v]\n", small, small, small, small)
	fmt.Printf("[%v] [%v] [%v] [%v]\n", 1e20, 1e21, 1e-4, 1e-5)
	fmt.Println(0.1+0.2, 1.0, 2.5, 100.0, 1e6, 1e100, -0.0, 1.0/3.0)
	fmt.Println(float32(0.1), float32(1)/3, float64(float32(0.1)))
	nan, inf := math.NaN(), math.Inf(1)
	fmt.Println(nan, inf, -inf)
	fmt.Printf("[%f] [%5.2f] [%e] [%+v] [%08.2f]\n", nan, inf, -inf, inf, -inf)
	negZero := math.Copysign(0, -1)
	fmt.Println(negZero, 1/negZero)
	fmt.Printf("%.0f %.0f %.0f %.0f %.1f %.1f\n", 0.5, 1.5, 2.5, -0.5, 0.25, 0.35)
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%x %X %b\n", 1.0, 0.5, 2.0)
	fmt.Printf("%v %.2v %10.4v|\n", 1234.5678, 1234.5678, 3.14159)
}
