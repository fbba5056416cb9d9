package main

import (
	"fmt"
)

func main() {
	var e error = fmt.Errorf("x")
	var s string = fmt.Errorf("y")
	_, _ = e, s
}
