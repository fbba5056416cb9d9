package main

func main() {
	var x uint = 1
	var y int = 2
	_ = x + y
	z := 1 << 70
	_ = z
}
