// Concepts: const blocks with iota, skipped values, expressions with iota, typed and untyped constants, huge untyped constants, byte sizes
package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

type Color int

const (
	Red Color = iota + 1
	Green
	_
	Blue
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x = "repeat"
	y
	z = len(x) + iota
)

const huge = 1 << 100
const pi = 3.14159265358979323846264338327950288419716939937510582097494459

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Printf("%.0f %T\n", GB, GB)
	fmt.Println(Red, Green, Blue)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z)
	fmt.Println(huge>>98, huge/(1<<97), float64(huge))
	fmt.Println(pi, float32(pi))
	const typed int64 = 1 << 40
	fmt.Printf("%T %v\n", typed, typed/1024)
	const third = 1.0 / 3
	fmt.Println(third*3 == 1, third)
	var f32 float32 = 1 << 24
	fmt.Println(f32+1 == f32)
	const big = 'a' * 1000000
	fmt.Printf("%T %v\n", big, big)
}
