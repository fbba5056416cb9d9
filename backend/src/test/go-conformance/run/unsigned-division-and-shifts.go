// Concepts: unsigned division and modulo, signed division truncates, shifts by variables, shifts past the width, &^, ^x, arithmetic right shift
package main

import "fmt"

func main() {
	var a, b uint32 = 4000000000, 7
	fmt.Println(a/b, a%b)
	var u uint64 = 1<<64 - 1
	fmt.Println(u/3, u%10, u/(1<<32))
	var u8 uint8 = 200
	fmt.Println(u8/3, u8%7, u8>>1, u8<<1)

	x := -17
	fmt.Println(x/4, x%4, x>>1, x>>2, x<<2)
	var i8 int8 = -128
	fmt.Println(i8>>7, i8>>1, i8<<1, uint8(i8)>>7)

	for _, s := range []uint{0, 1, 7, 8, 31, 32, 63, 64, 100} {
		fmt.Println(s, uint8(1)<<s, int32(1)<<s, int64(-8)>>s, uint64(1)<<s)
	}

	flags := 0b1011_0110
	fmt.Printf("%08b %08b %08b %08b\n", flags&0x0F, flags|0x01, flags^0xFF, flags&^0b0110)
	fmt.Println(^0, ^uint8(0), ^int8(5), -(^5))
	fmt.Println(0x_FF, 0o17, 017, 1_000_000, 0b101)
}
