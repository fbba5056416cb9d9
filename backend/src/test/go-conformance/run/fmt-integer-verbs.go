// Concepts: fmt integer verbs %d %5d %-5d %05d %+d %x %X %#x %o %O %b %c %q %U %#U, width and flags
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d]\n", n, n, n, n, n, n)
	fmt.Printf("[%x] [%X] [%#x] [%#X] [%08x] [%#08x]\n", n, n, n, n, n, n)
	fmt.Printf("[%o] [%#o] [%O] [%b] [%#b]\n", n, n, n, n, n)
	neg := -42
	fmt.Printf("[%d] [%5d] [%-5d|] [%05d] [%x] [%b] [%o]\n", neg, neg, neg, neg, neg, neg, neg)
	fmt.Printf("[%c] [%q] [%U] [%#U] [%c%c]\n", 'G', 'G', 'G', 'é', 0x4E16, 0x754C)
	fmt.Printf("[%q] [%+q] [%U] [%q]\n", '世', '世', 0x1F600, '\n')
	fmt.Printf("[%d] [%v] [%x]\n", []int{1, 2, 3}, [2]int8{-1, 1}, []uint16{10, 255})
	var u8 uint8 = 200
	var i64 int64 = -1 << 63
	var u64 uint64 = 1<<64 - 1
	fmt.Println(u8, i64, u64)
	fmt.Printf("%d %x %X %v\n", i64, u64, uint32(3735928559), uintptr(4096))
	fmt.Printf("[%6.3d] [%.0d] [%.0d] [%-+6d]\n", 7, 0, 5, 7)
	fmt.Printf("%t %v %5t|\n", true, false, true)
}
