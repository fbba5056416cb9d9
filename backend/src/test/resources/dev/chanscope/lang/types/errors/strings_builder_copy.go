package main

import (
	"strings"
)

func main() {
	var b strings.Builder
	b.WriteString(1)
	_ = b.String() + 1
}
