// Concepts: append of several values at once, append(s, t...) growth beyond doubling, copy returns the count, copy overlapping, copy from string
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	s = append(s, 4, 5, 6, 7)
	fmt.Println(s, len(s), cap(s))
	s = append(s, s...)
	fmt.Println(len(s), cap(s))

	var e []int
	e = append(e, make([]int, 5)...)
	fmt.Println(len(e), cap(e))
	e = append(e, make([]int, 13)...)
	fmt.Println(len(e), cap(e))
	b := append([]byte(nil), "hello, world"...)
	fmt.Println(len(b), cap(b), string(b))
	b = append(b[:5], '!')
	fmt.Println(string(b), len(b), cap(b))

	dst := make([]int, 3)
	n := copy(dst, []int{9, 8, 7, 6, 5})
	fmt.Println(n, dst)
	n = copy(dst, []int{1})
	fmt.Println(n, dst)

	overlap := []int{0, 1, 2, 3, 4, 5}
	copy(overlap[2:], overlap)
	fmt.Println(overlap)
	overlap = []int{0, 1, 2, 3, 4, 5}
	copy(overlap, overlap[2:])
	fmt.Println(overlap)

	buf := make([]byte, 4)
	n = copy(buf, "gopher")
	fmt.Println(n, string(buf))

	// Deleting and inserting with append.
	xs := []string{"a", "b", "c", "d", "e"}
	xs = append(xs[:1], xs[2:]...)
	fmt.Println(xs, len(xs), cap(xs))
	xs = append(xs[:2], append([]string{"X"}, xs[2:]...)...)
	fmt.Println(xs, len(xs), cap(xs))
	fmt.Println(append([]int(nil)) == nil, len(append([]int{}, []int(nil)...)))
}
