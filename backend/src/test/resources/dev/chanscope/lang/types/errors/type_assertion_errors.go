package main

type T struct{}

func main() {
	x := 1
	_ = x.(int)
	var e error
	_ = e.(T)
}
