package main

func f(x int) {
	x := 2
	_ = x
}

func g(x int) (x int) {
	return
}

func main() {
}
