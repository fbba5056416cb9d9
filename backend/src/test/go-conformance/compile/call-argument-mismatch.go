// Concepts: wrong argument types in calls, not enough and too many arguments
package main

import "strconv"

func greet(name string, times int) string {
	return name + strconv.Itoa(times)
}

func main() {
	_ = greet(3, "x")
	_ = greet("a")
	_ = greet("a", 1, true)
}
