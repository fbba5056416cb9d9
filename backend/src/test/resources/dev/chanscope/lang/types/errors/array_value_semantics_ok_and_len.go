package main

func main() {
	var a [2]int
	b := a
	b[5] = 1
	_ = len(a) + cap(b)
}
