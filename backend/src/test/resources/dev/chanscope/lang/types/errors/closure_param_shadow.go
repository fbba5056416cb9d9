package main

func main() {
	x := 1
	f := func(x string) int {
		return x
	}
	_ = f
}
