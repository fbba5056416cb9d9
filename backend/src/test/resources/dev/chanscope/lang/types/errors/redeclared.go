package main

var y int

var y string

func main() {
	x := 1
	var x int
	_ = x
}
