package main

import (
	"fmt"
)

func main() {
	fmt := "x"
	fmt.Println(fmt)
}
