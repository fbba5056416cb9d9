package main

func main() {
	var a [3]int
	const n = len(a)
	const m = len([]int{})
	_ = n
}
