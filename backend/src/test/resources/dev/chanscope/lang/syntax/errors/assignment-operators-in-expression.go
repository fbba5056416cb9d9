package main

func main() {
	x := 1
	y := x += 2
	z := x++
}
