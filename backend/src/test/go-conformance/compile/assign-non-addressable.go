// Concepts: cannot assign to struct field in map, to a string byte, to a function result, to a constant
package main

type point struct{ X, Y int }

func origin() point { return point{} }

const limit = 10

func main() {
	m := map[string]point{"a": {1, 2}}
	m["a"].X = 5
	s := "hello"
	s[0] = 'H'
	origin().Y = 3
	limit = 11
	_ = s
}
