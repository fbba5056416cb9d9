package main

func main() {
	f := func(x int) int {
		y := 1
	}
	_ = f
}
