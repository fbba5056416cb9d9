package main

type T struct{ x int }

func main() {
	p := &T{}
	p.x = 1
	var pp **T = &p
	pp.x = 2
}
