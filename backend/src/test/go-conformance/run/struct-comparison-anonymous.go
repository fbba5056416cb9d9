// Concepts: struct equality field by field, structs as values, anonymous structs, nested struct literals, pointers to structs compared by identity
package main

import "fmt"

type Point struct{ X, Y int }

type Segment struct {
	From, To Point
	Label    string
}

func main() {
	p1 := Point{1, 2}
	p2 := Point{X: 1, Y: 2}
	p3 := p1
	p3.Y = 5
	fmt.Println(p1 == p2, p1 == p3, p1 != p3)

	s1 := Segment{Point{0, 0}, Point{3, 4}, "a"}
	s2 := Segment{From: Point{0, 0}, To: Point{3, 4}, Label: "a"}
	fmt.Println(s1 == s2)
	s2.To.X++
	fmt.Println(s1 == s2, s1.To, s2.To)

	pp1, pp2 := &Point{1, 1}, &Point{1, 1}
	fmt.Println(pp1 == pp2, *pp1 == *pp2)
	pp3 := pp1
	pp3.X = 9
	fmt.Println(pp1.X, pp1 == pp3)

	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	other := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Println(cfg == other, cfg)

	var zero Segment
	fmt.Println(zero == Segment{}, zero.From == Point{})
	points := []Point{{1, 2}, {3, 4}}
	points[1].X = 30
	fmt.Println(points)
	var iface1, iface2 interface{} = Point{1, 2}, Point{1, 2}
	fmt.Println(iface1 == iface2)
}
