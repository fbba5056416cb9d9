// Concepts: integer overflow wraps around for every size, int8 int16 int32 int64 uint8 uint16 uint32 uint64, increment past max
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	var i16 int16 = math.MaxInt16
	i16 += 10
	var i32 int32 = math.MaxInt32
	i32 *= 2
	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println(i8, i16, i32, i64)

	var u8 uint8 = 250
	u8 += 10
	var u16 uint16 = 0
	u16--
	var u32 uint32 = 1 << 31
	u32 *= 2
	var u64 uint64 = 0
	u64 -= 1
	fmt.Println(u8, u16, u32, u64)

	var b byte = 255
	b++
	var r rune = math.MaxInt32
	r++
	fmt.Println(b, r)

	minInt := math.MinInt64
	neg := -minInt
	fmt.Println(minInt, neg, minInt == neg)
	var m8 int8 = -128
	fmt.Println(-m8, m8/-1, m8*-1)

	x := int32(100000)
	fmt.Println(x*x, int64(x)*int64(x))
	var acc uint8
	for i := 0; i < 300; i++ {
		acc += 3
	}
	fmt.Println("300*3 mod 256 =", acc)
	h := uint32(2166136261)
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv-1a(hello) =", h)
}
