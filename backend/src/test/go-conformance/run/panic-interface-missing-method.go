// Concepts: assertion to an interface the dynamic type does not implement, missing method in the panic
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

func main() {
	var x interface{} = Square{2}
	if _, ok := x.(Shape); !ok {
		fmt.Println("Square is not a Shape")
	}
	fmt.Println(x.(Shape).Area())
}
