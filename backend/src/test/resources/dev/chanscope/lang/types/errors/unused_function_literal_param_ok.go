package main

func main() {
	f := func(a, b int) int { return 1 }
	_ = f
	for i := range []int{} {
	}
}
