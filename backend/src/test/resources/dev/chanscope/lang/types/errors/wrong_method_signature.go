package main

import (
	"fmt"
)

type T struct{}

func (T) String(x int) string { return "" }

func main() {
	var s fmt.Stringer = T{}
	_ = s
}
