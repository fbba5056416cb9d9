package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printlnx(1)
	_ = strings.NoSuch
}
