package main

import (
	"fmt"
)

func main() {
	var x any = 1
	if s, ok := x.(fmt.Stringer); ok {
		_ = s.String(1)
	}
}
