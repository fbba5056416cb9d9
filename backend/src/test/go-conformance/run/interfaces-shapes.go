// Concepts: interfaces, implicit satisfaction, slice of interface values, %.2f formatting, type switch on shapes
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, &Triangle{3, 4, 5}, Rect{W: 2.5, H: 2}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%-16T area %7.2f perimeter %6.2f\n", s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total area %.3f\n", total)

	for _, s := range shapes {
		switch v := s.(type) {
		case Rect:
			fmt.Println("rect", v.W, "x", v.H)
		case Circle:
			fmt.Println("circle r", v.R)
		default:
			fmt.Printf("other %v\n", v)
		}
	}
}
