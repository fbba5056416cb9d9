// Concepts: slices and maps compare only to nil, invalid map key type, struct containing a slice is not comparable
package main

type withSlice struct{ items []int }

func main() {
	a, b := []int{1}, []int{1}
	_ = a == b
	m1, m2 := map[string]int{}, map[string]int{}
	_ = m1 == m2
	f := func() {}
	_ = f == f
	_ = map[[]int]bool{}
	x, y := withSlice{}, withSlice{}
	_ = x == y
}
