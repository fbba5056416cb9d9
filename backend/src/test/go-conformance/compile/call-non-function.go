// Concepts: calling a value that is not a function, calling a field, calling an int
package main

type config struct {
	name  string
	retry int
}

func main() {
	x := 5
	x()
	c := config{"c", 1}
	c.name()
	total := 3
	_ = total(2)
}
