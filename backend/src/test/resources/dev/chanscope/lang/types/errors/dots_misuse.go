package main

func f(a, b int) {}

func main() {
	s := []int{1}
	_ = len(s...)
	f(s...)
	var g func(...int)
	g(1, s...)
}
