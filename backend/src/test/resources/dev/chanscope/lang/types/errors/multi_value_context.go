package main

import (
	"fmt"
)

func f() (int, int) { return 1, 2 }

func main() {
	x := f() + 1
	_ = x
	fmt.Println(f(), 1)
}
