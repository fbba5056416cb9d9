package main

func main() {
	a := [3]int{}
	_ = a[2:1]
	_ = "abc"[1:2:3]
	x := 1
	_ = x[1:]
	_ = [3]int{}[1:]
}
