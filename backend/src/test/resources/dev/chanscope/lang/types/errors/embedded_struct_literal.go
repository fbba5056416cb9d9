package main

type Inner struct{ x int }

type Outer struct {
	Inner
	y int
}

func main() {
	_ = Outer{Inner: Inner{1}, y: 2}
	_ = Outer{x: 1}
	_ = Outer{Inner{1}}
}
