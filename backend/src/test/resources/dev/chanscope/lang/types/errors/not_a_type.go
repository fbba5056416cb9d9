package main

import (
	"fmt"
)

func main() {
	x := 1
	var y x
	_ = y
	var z fmt.Println
	_ = z
}
