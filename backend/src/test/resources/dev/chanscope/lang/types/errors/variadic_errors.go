package main

func f(a int) {}

func g(a ...int) {}

func main() {
	s := []int{1}
	f(s...)
	g(1, s...)
	g(s)
}
