package main

import (
	"fmt"
	"sort"
	"strconv"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Circle struct{ R float64 }

func (c *Circle) Area() float64      { return 3.14159 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * 3.14159 * c.R }
func (c *Circle) String() string     { return "circle(" + strconv.FormatFloat(c.R, 'f', 1, 64) + ")" }

type Named struct {
	Shape
	name string
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

type byArea []Shape

func (s byArea) Len() int           { return len(s) }
func (s byArea) Less(i, j int) bool { return s[i].Area() < s[j].Area() }
func (s byArea) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type Counter struct {
	hits map[string]int
}

func (c *Counter) Inc(k string) { c.hits[k]++ }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("int %v", v)
	case string:
		return "string " + v
	case fmt.Stringer:
		return "stringer " + v.String()
	case error:
		return v.Error()
	default:
		return fmt.Sprintf("%T", v)
	}
}

func divmod(a, b int) (q, r int) {
	defer func() {
		if e := recover(); e != nil {
			q, r = -1, -1
		}
	}()
	q = a / b
	r = a % b
	return
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Named{Rect{1, 1}, "unit"}}
	sort.Sort(byArea(shapes))
	for i, s := range shapes {
		fmt.Printf("%d %.2f %v\n", i, s.Area(), s)
	}
	if c, ok := shapes[1].(*Circle); ok {
		fmt.Println(c.R, c)
	}
	n := Named{Shape: Rect{2, 2}, name: "sq"}
	fmt.Println(n.Area(), n.name, Monday, Weekday(2))
	c := Counter{hits: map[string]int{}}
	c.Inc("a")
	inc := c.Inc
	inc("a")
	f := (*Counter).Inc
	f(&c, "b")
	fmt.Println(c.hits, len(c.hits))
	fmt.Println(describe(nil), describe(3), describe("x"), describe(Monday), describe(fmt.Errorf("e")), describe(1.5))
	fmt.Println(divmod(7, 2))
	fmt.Println(divmod(1, 0))
	var arr [5]int
	s := arr[1:3:4]
	s = append(s, 9)
	fmt.Println(arr, s, len(s), cap(s))
	m := map[[2]int]string{{1, 2}: "a"}
	type point struct{ x, y int }
	pts := map[point][]int{{1, 2}: {3}}
	fmt.Println(m[[2]int{1, 2}], pts)
	var x uint8 = 255
	x++
	const big = 1 << 62
	fmt.Println(x, big>>60, 'a'+1, string(rune(65)), len("héllo"), []byte("hi"), []rune("hé"))
	for i, r := range "hé!" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	var p *Rect
	fmt.Println(p == nil, p)
}
