package main

func main() {
	s := uint(2)
	var f float64 = 1 << s
	_ = f
	var i = 1.0 << s
	_ = i
}
