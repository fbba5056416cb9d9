package main

import (
	"fmt"
)

func f(a int, b string) {}

func main() {
	f(1, 2)
	fmt.Println(undefinedX)
	var s []int
	s = append(s, "a")
}
