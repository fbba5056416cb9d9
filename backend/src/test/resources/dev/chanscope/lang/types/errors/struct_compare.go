package main

func main() {
	type S struct{ f []int }
	var a, b S
	_ = a == b
	var m, n map[int]int
	_ = m == n
	var f func()
	_ = f == f
	_ = [1][]int{} == [1][]int{}
}
