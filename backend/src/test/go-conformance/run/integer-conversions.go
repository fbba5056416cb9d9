// Concepts: integer conversions truncate and sign-extend, negative to unsigned, float to int truncates toward zero, string(rune)
package main

import "fmt"

func main() {
	big := 300
	seventyK := 70000
	fmt.Println(int8(big), uint8(big), int16(seventyK), uint16(seventyK))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg))
	u8, u32, u64 := uint8(200), uint32(4000000000), uint64(1<<63)
	fmt.Println(int8(u8), int32(u32), int64(u64))
	v := int64(-129)
	fmt.Println(int8(v), uint8(v), int16(v))

	f := -3.99
	g := 3.99
	fmt.Println(int(f), int(g), int64(2.5e9), uint8(int(g)))
	fmt.Println(float64(7)/2, float64(7/2), 7/2, -7/2, 7%3, -7%3, 7%-3)

	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	b := byte('a')
	fmt.Println(b+1, string(rune(b+1)), 'a'+1, 'z'-'a')
	fmt.Printf("%T %T %T\n", 'a'+1, b+1, 1.0*2)
	var r rune = 'é'
	fmt.Println(r, byte(r), string(r), []byte(string(r)))
}
