package main

func main() {
	x := 1
	var s string
	_ = x + s
	var f float64
	_ = x == f
}
