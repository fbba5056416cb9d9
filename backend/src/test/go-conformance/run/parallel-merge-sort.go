// Concepts: recursive parallel merge sort, goroutine per half above a threshold, channels return results
package main

import "fmt"

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func sortInts(s []int) []int {
	if len(s) <= 1 {
		return s
	}
	mid := len(s) / 2
	if len(s) < 8 {
		return merge(sortInts(s[:mid]), sortInts(s[mid:]))
	}
	left := make(chan []int)
	go func() { left <- sortInts(s[:mid]) }()
	right := sortInts(s[mid:])
	return merge(<-left, right)
}

func main() {
	s := make([]int, 40)
	x := 17
	for i := range s {
		x = (x*31 + 7) % 101
		s[i] = x
	}
	fmt.Println(s)
	fmt.Println(sortInts(s))
}
