// Concepts: append growth, len and cap after each reallocation (Go 1.19 growslice and size classes), elements of 1, 4, 8, 16, 24 bytes
package main

import "fmt"

type triple struct{ a, b, c int64 }

func main() {
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			fmt.Print(cap(ints), " ")
			last = cap(ints)
		}
	}
	fmt.Println("<- []int")

	var bs []byte
	last = -1
	for i := 0; i < 3000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			fmt.Print(cap(bs), " ")
			last = cap(bs)
		}
	}
	fmt.Println("<- []byte")

	var rs []rune
	last = -1
	for i := 0; i < 1000; i++ {
		rs = append(rs, rune(i))
		if cap(rs) != last {
			fmt.Print(cap(rs), " ")
			last = cap(rs)
		}
	}
	fmt.Println("<- []rune")

	var ss []string
	last = -1
	for i := 0; i < 600; i++ {
		ss = append(ss, "")
		if cap(ss) != last {
			fmt.Print(cap(ss), " ")
			last = cap(ss)
		}
	}
	fmt.Println("<- []string")

	var ts []triple
	last = -1
	for i := 0; i < 600; i++ {
		ts = append(ts, triple{})
		if cap(ts) != last {
			fmt.Print(cap(ts), " ")
			last = cap(ts)
		}
	}
	fmt.Println("<- []triple")
}
