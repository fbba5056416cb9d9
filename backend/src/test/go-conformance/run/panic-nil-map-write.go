// Concepts: reading, ranging and deleting on a nil map are fine, writing panics assignment to entry in nil map
package main

import "fmt"

type registry struct {
	byName map[string]int
}

func (r *registry) lookup(name string) (int, bool) {
	id, ok := r.byName[name]
	return id, ok
}

func main() {
	var r registry // byName is nil: forgot make
	id, ok := r.lookup("x")
	fmt.Println("lookup in nil map:", id, ok, len(r.byName))
	for k := range r.byName {
		fmt.Println("never", k)
	}
	delete(r.byName, "x") // deleting from a nil map is a no-op
	fmt.Println("registering x")
	r.byName["x"] = 1
}
