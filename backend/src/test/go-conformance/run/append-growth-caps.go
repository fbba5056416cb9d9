// Concepts: append growth, len and cap after each reallocation (Go 1.19 growslice and size classes), elements of 1, 4, 8, 16, 24 bytes
package main

import "fmt"

type triple struct{ a, b, c int64 }

// trace calls appendOne n times and prints the capacity it reports each time the capacity changes.
func trace(name string, n int, appendOne func() int) {
	last := -1
	for i := 0; i < n; i++ {
		if c := appendOne(); c != last {
			fmt.Print(c, " ")
			last = c
		}
	}
	fmt.Println("<-", name)
}

func main() {
	var ints []int
	trace("[]int", 2000, func() int { ints = append(ints, len(ints)); return cap(ints) })

	var bs []byte
	trace("[]byte", 3000, func() int { bs = append(bs, byte(len(bs))); return cap(bs) })

	var rs []rune
	trace("[]rune", 1000, func() int { rs = append(rs, rune(len(rs))); return cap(rs) })

	var ss []string
	trace("[]string", 600, func() int { ss = append(ss, ""); return cap(ss) })

	var ts []triple
	trace("[]triple", 600, func() int { ts = append(ts, triple{}); return cap(ts) })

	// Starting from a literal and from make with a capacity.
	lit := []int{1, 2, 3}
	trace("[]int{1, 2, 3}", 20, func() int { lit = append(lit, 0); return cap(lit) })
	made := make([]int, 0, 5)
	trace("make([]int, 0, 5)", 40, func() int { made = append(made, 0); return cap(made) })
	fmt.Println(len(ints), len(bs), len(rs), len(ss), len(ts), len(lit), len(made))
}
