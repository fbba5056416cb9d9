// Concepts: struct and array map keys, comparable keys, fmt sorts struct keys field by field, counting grid cells
package main

import "fmt"

type point struct{ X, Y int }

func main() {
	visits := map[point]int{}
	path := []point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 0}, {0, 0}}
	for _, p := range path {
		visits[p]++
	}
	fmt.Println(visits)
	fmt.Println("origin visited", visits[point{0, 0}], "times")

	grid := map[[2]int]string{{1, 2}: "b", {0, 5}: "a", {1, 0}: "c"}
	fmt.Println(grid)

	type key struct {
		name string
		age  int
	}
	seen := map[key]bool{{"bob", 30}: true, {"alice", 30}: true, {"bob", 20}: false}
	fmt.Println(seen)

	mixed := map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5, true: 6}
	fmt.Println(mixed)
}
