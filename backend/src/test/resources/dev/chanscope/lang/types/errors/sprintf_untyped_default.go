package main

import (
	"fmt"
)

func main() {
	fmt.Println(1 << 64)
	var a any = 1 << 64
	_ = a
}
