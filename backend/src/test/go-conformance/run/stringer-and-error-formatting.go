// Concepts: String and Error methods used by fmt verbs, pointer-receiver String not used for values, %d bypasses String
package main

import (
	"fmt"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	case Tuesday:
		return "Tue"
	}
	return fmt.Sprintf("Weekday(%d)", int(d))
}

type Temp struct{ deg float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", t.deg) }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Both struct{}

func (Both) Error() string  { return "error wins" }
func (Both) String() string { return "string loses" }

func main() {
	fmt.Println(Monday, Tuesday, Weekday(9))
	fmt.Printf("%v %s %d %q %x\n", Monday, Monday, Monday, Monday, Monday)
	fmt.Println([]Weekday{Sunday, Tuesday})
	fmt.Println(map[Weekday]int{Tuesday: 2, Sunday: 0})

	t := Temp{21.5}
	fmt.Println(&t)
	fmt.Printf("%v %+v\n", t, t)

	var err error = NotFound{"user/7"}
	fmt.Println(err)
	fmt.Printf("%v | %s | %q | %+v\n", err, err, err, err)
	fmt.Println(Both{})
	fmt.Printf("[%5s] [%-8v]\n", Monday, Tuesday)
}
