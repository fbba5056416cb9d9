package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{}

func (Square) Area() float64 { return 0 }

type Circle struct{}

func (c *Circle) Area() int { return 0 }

func (c *Circle) Perimeter() float64 { return 0 }

func main() {
	var s Shape = Square{}
	var t Shape = &Circle{}
	_, _ = s, t
}
