package main

import (
	"sort"
)

func main() {
	s := []int{3, 1}
	sort.Slice(s, func(i, j int) int { return i - j })
	sort.Ints(s...)
}
