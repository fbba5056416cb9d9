// Concepts: type does not implement interface (missing method), wrong method signature, in assignment and argument
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

type Circle struct{ r float64 }

func (c Circle) Area() int          { return 0 }
func (c Circle) Perimeter() float64 { return 0 }

func describe(s Shape) { fmt.Println(s.Area()) }

func main() {
	var s Shape = Square{2}
	describe(Circle{1})
	_ = s
}
